package org.vacancypress.core.model;

import java.util.Optional;

/**
 * The organization's own limits for the notice linter; a limit left out is not checked.
 *
 * @param weekendClosing whether notices may close on a Saturday or Sunday
 * @param memberStatesListMaxAgeMonths how old the member states list in force may be
 */
public record Checks(Optional<Integer> minimumPostingDays, Optional<Integer> maximumPostingDays,
        boolean weekendClosing, Optional<Integer> memberStatesListMaxAgeMonths) {

    public static final Checks NONE = new Checks(Optional.empty(), Optional.empty(), true, Optional.empty());
}
