package org.vacancypress.core.model;

import java.util.Set;

/** Who is first-tier; all other candidates are second-tier. */
public record Eligibility(Set<FirstTierGroup> firstTier, boolean encourageFemaleCandidates) {

    public Eligibility {
        firstTier = Set.copyOf(firstTier);
    }
}
