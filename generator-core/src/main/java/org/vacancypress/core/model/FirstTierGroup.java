package org.vacancypress.core.model;

/**
 * A group of candidates whose applications are considered first, one of the organization's
 * {@code firstTierGroups} (see {@link Vocabularies}).
 */
public record FirstTierGroup(String id) {

    /** The group whose candidates come from the non-represented member states list of the organization's data. */
    public static final FirstTierGroup NON_REPRESENTED_MEMBER_STATES = new FirstTierGroup("non-represented-member-states");
}
