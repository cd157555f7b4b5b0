package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a notice is open for applications; a notice may lack its closing date.
 *
 * @param updated the day the notice was last changed after it opened, if it was
 */
public record PostingPeriod(LocalDate opens, Optional<LocalDate> closes, Optional<LocalDate> updated) {

    /** The day the notice was last published or changed. */
    public LocalDate lastUpdated() {
        return updated.orElse(opens);
    }
}
