package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.Optional;

/** The days a notice is open for applications; a notice may lack its closing date. */
public record PostingPeriod(LocalDate opens, Optional<LocalDate> closes) {
}
