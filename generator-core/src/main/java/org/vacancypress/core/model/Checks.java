package org.vacancypress.core.model;

import java.util.Map;
import java.util.Optional;

/**
 * The organization's own limits for the notice linter; a limit left out is not checked.
 *
 * @param weekendClosing whether notices may close on a Saturday or Sunday
 * @param memberStatesListMaxAgeMonths how old the member states list in force may be
 * @param rules lint rule ids to the severity the organization gives them on notices that will be
 *     published, in place of the rule's own
 */
public record Checks(Optional<Integer> minimumPostingDays, Optional<Integer> maximumPostingDays,
        boolean weekendClosing, Optional<Integer> memberStatesListMaxAgeMonths, Map<String, RuleSeverity> rules) {

    public static final Checks NONE = new Checks(Optional.empty(), Optional.empty(), true, Optional.empty(), Map.of());

    public Checks {
        rules = Map.copyOf(rules);
    }
}
