package org.vacancypress.core.model;

/** The staff category of a post; it chooses eligibility rules and standard notes. */
public enum StaffCategory implements Keyword {
    INTERNATIONAL_PROFESSIONAL, NATIONAL_OFFICER, GENERAL_SERVICE;

    @Override
    public String id() {
        return Keyword.idOf(this);
    }
}
