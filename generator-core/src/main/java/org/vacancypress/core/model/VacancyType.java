package org.vacancypress.core.model;

/** The kind of notice, one of the organization's {@code vacancyTypes} (see {@link Vocabularies}). */
public record VacancyType(String id) {
}
