package org.vacancypress.core.model;

import java.util.Optional;

/**
 * The type of appointment.
 *
 * @param durationDays the duration in days instead of months: a short consultancy's
 */
public record Contract(ContractType type, Optional<Integer> durationMonths, boolean extensible,
        Optional<Integer> durationDays) {
}
