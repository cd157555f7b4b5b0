package org.vacancypress.core.model;

import java.util.Set;

/**
 * A note the organization prints on the notices it applies to: those of the given staff
 * categories (all when empty) having any of the given first-tier groups (any when empty).
 *
 * @param id names the note in the organization's translations
 */
public record StandardNote(String id, String text, Set<StaffCategory> staffCategories, Set<FirstTierGroup> firstTier) {

    public StandardNote {
        staffCategories = Set.copyOf(staffCategories);
        firstTier = Set.copyOf(firstTier);
    }

    public boolean appliesTo(Notice notice) {
        return (staffCategories.isEmpty() || staffCategories.contains(notice.staffCategory()))
                && (firstTier.isEmpty() || firstTier.stream().anyMatch(notice.eligibility().firstTier()::contains));
    }
}
