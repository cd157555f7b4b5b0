package org.vacancypress.core.model;

import java.util.Optional;

/** The type of appointment. */
public record Contract(ContractType type, Optional<Integer> durationMonths, boolean extensible) {
}
