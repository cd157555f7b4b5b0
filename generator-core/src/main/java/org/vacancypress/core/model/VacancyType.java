package org.vacancypress.core.model;

/** Vacancy notice (fixed-term) or special vacancy notice (short-term, under nine months). */
public enum VacancyType implements Keyword {
    VACANCY_NOTICE, SPECIAL_VACANCY_NOTICE;

    @Override
    public String id() {
        return Keyword.idOf(this);
    }
}
