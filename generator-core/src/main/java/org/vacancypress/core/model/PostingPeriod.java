package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a notice is open for applications; a notice may lack its closing date.
 *
 * @param closes the closing date as first published
 * @param updated the day the notice was last changed after it opened, if it was
 * @param extendedTo the later day the closing date was moved to, if it was: the page keeps the first one
 */
public record PostingPeriod(LocalDate opens, Optional<LocalDate> closes, Optional<LocalDate> updated,
        Optional<LocalDate> extendedTo) {

    /** The day applications close: the extended day, else the one first published. */
    public Optional<LocalDate> closingDate() {
        return extendedTo.or(() -> closes);
    }

    /** The day the notice was last published or changed. */
    public LocalDate lastUpdated() {
        return updated.orElse(opens);
    }
}
