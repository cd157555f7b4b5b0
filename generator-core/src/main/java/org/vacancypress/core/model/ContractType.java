package org.vacancypress.core.model;

/** The type of appointment, one of the organization's {@code contractTypes} (see {@link Vocabularies}). */
public record ContractType(String id) {
}
