package org.vacancypress.core.model;

import java.util.Optional;

/**
 * What a post pays, as its notice states it: an amount, or a range from {@code minimum} to
 * {@code maximum}, in a currency, for a period. A consultancy's fee is one too (by the day or
 * the month).
 *
 * @param currency the ISO 4217 code: {@code USD}, {@code VUV}
 */
public record Salary(String currency, int minimum, Optional<Integer> maximum, SalaryPeriod period) {
}
