package org.vacancypress.core.model;

import java.util.Optional;

/**
 * What the organization pays a grade, at a duty station or everywhere: a notice that states no
 * salary of its own shows the scale that fits it best (its city, else its country, else any
 * station).
 *
 * @param country the duty station's ISO 3166-1 alpha-2 code; empty: every country
 * @param city the duty station's city, as notices spell it; empty: the whole country
 */
public record SalaryScale(String grade, Optional<String> country, Optional<String> city, Salary salary) {

    /**
     * How closely the scale fits a notice's grade and duty station: -1 not at all (a post
     * without a grade fits no scale), else 0 to 2.
     */
    public int fit(Optional<String> grade, DutyStation station) {
        if (grade.filter(this.grade::equals).isEmpty() || country.filter(c -> !c.equals(station.country())).isPresent()
                || city.filter(c -> !c.equalsIgnoreCase(station.city())).isPresent()) {
            return -1;
        }
        return city.isPresent() ? 2 : country.isPresent() ? 1 : 0;
    }
}
