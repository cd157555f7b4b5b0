package org.vacancypress.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The values an organization's notices classify their posts by, each with its label: declared
 * in {@code _organization.yaml} ({@code vocabularies:}), or else the generator's defaults.
 */
public record Vocabularies(Vocabulary vacancyTypes, Vocabulary staffCategories, Vocabulary contractTypes,
        Vocabulary firstTierGroups) {

    /** The vocabularies by their key in {@code _organization.yaml}, in this order. */
    public static final List<String> KINDS = List.of("vacancyTypes", "staffCategories", "contractTypes",
            "firstTierGroups");

    public static Vocabularies of(Map<String, Vocabulary> byKind) {
        return new Vocabularies(byKind.get(KINDS.get(0)), byKind.get(KINDS.get(1)), byKind.get(KINDS.get(2)),
                byKind.get(KINDS.get(3)));
    }

    public Vocabulary of(String kind) {
        return switch (kind) {
            case "vacancyTypes" -> vacancyTypes;
            case "staffCategories" -> staffCategories;
            case "contractTypes" -> contractTypes;
            case "firstTierGroups" -> firstTierGroups;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Each vocabulary replaced by {@code change} (given its kind). */
    public Vocabularies map(BiFunction<String, Vocabulary, Vocabulary> change) {
        Map<String, Vocabulary> changed = new LinkedHashMap<>();
        KINDS.forEach(kind -> changed.put(kind, change.apply(kind, of(kind))));
        return of(changed);
    }

    /** The labels of each vocabulary, by kind then value: what the templates show. */
    public Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (String kind : KINDS) {
            Map<String, String> byId = new LinkedHashMap<>();
            of(kind).terms().forEach(term -> byId.put(term.id(), term.label()));
            labels.put(kind, byId);
        }
        return labels;
    }

    /** The grades of each staff category that lists some. */
    public Map<String, List<String>> grades() {
        Map<String, List<String>> grades = new LinkedHashMap<>();
        staffCategories.terms().stream().filter(term -> !term.grades().isEmpty())
                .forEach(term -> grades.put(term.id(), term.grades()));
        return grades;
    }
}
