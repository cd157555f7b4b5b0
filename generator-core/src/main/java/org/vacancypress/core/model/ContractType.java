package org.vacancypress.core.model;

/** The type of appointment. */
public enum ContractType implements Keyword {
    FIXED_TERM, SPECIAL_SHORT_TERM;

    @Override
    public String id() {
        return Keyword.idOf(this);
    }
}
