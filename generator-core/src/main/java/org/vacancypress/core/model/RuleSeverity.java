package org.vacancypress.core.model;

/** What the organization makes of a lint rule's findings on a notice that will be published. */
public enum RuleSeverity implements Keyword {
    ERROR, WARNING, OFF;

    @Override
    public String id() {
        return Keyword.idOf(this);
    }
}
