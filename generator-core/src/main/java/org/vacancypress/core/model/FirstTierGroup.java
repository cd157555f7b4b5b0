package org.vacancypress.core.model;

/** A group of candidates whose applications are considered first. */
public enum FirstTierGroup implements Keyword {
    INTERNAL, NON_REPRESENTED_MEMBER_STATES, FEMALE_CANDIDATES;

    @Override
    public String id() {
        return Keyword.idOf(this);
    }
}
