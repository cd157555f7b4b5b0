package org.vacancypress.core.model;

/** A language notices and their boilerplate can be written in. */
public enum Language implements Keyword {
    EN;

    @Override
    public String id() {
        return Keyword.idOf(this);
    }
}
