package org.vacancypress.core.model;

/** The staff category of a post, one of the organization's {@code staffCategories} (see {@link Vocabularies}). */
public record StaffCategory(String id) {
}
