package org.vacancypress.core.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.load.YamlNode.Entry;
import org.vacancypress.core.model.Competency;
import org.vacancypress.core.model.Translation;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.problem.Problems;

/** Binds one of the organization's translation files to a {@link Translation}. */
final class TranslationBinder {

    private TranslationBinder() {
    }

    /**
     * The organization's texts in one more language, from {@code _i18n/<language>.yaml}. Every
     * part is optional here: what a notice needs and the file lacks is reported for that notice.
     */
    static Optional<Translation> bind(OrganizationBinder.Source source, Vocabularies vocabularies, List<String> noteIds,
            Problems problems) {
        Binding binding = new Binding(source.displayName(), problems, Optional.empty());
        Optional<Fields> top = source.root().flatMap(root -> Fields.of(root, "", binding));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : Translation.TEXT_KEYS) {
            f.text(key, false).ifPresent(text -> texts.put(key, text));
        }
        messages(f).forEach((key, text) -> texts.put(Translation.MESSAGES + key, text));
        f.bool(Translation.ELISION).ifPresent(elides -> texts.put(Translation.ELISION, elides.toString()));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String key : Translation.LIST_KEYS) {
            List<String> items = f.texts(key, false);
            if (!items.isEmpty()) {
                lists.put(key, items);
            }
        }
        // vocabularies: {staffCategories: {general-service: Services généraux}}, by kind then id; a first-tier
        // group's {label: ..., except: ...}.
        f.mapping("vocabularies", false).ifPresent(kinds -> {
            for (String kind : Vocabularies.KINDS) {
                List<String> ids = vocabularies.of(kind).ids();
                kinds.mapping(kind, false).ifPresent(terms -> terms.entriesAsData().forEach(entry -> {
                    String key = Translation.VOCABULARIES + kind + "." + entry.key().value();
                    translatesOneOf(ids, entry, kind, binding);
                    String where = terms.path(entry.key().value());
                    if (entry.value() instanceof YamlNode.Scalar) {
                        terms.text(entry.value(), where).ifPresent(label -> texts.put(key, label));
                    } else {
                        Fields.of(entry.value(), where, binding).ifPresent(labels -> {
                            labels.text("label", true).ifPresent(label -> texts.put(key, label));
                            labels.text("except", false).ifPresent(except -> texts.put(key + ".except", except));
                            labels.rejectUnknownKeys();
                        });
                    }
                }));
            }
            kinds.rejectUnknownKeys();
        });
        Map<String, String> notes = f.mapping("notes", false).map(byId -> {
            byId.entriesAsData().forEach(entry -> translatesOneOf(noteIds, entry, "notes", binding));
            return byId.textsByKey();
        }).orElse(Map.of());
        Map<String, String> countries = f.mapping("countries", false).map(Fields::textsByKey)
                .orElse(Map.of());
        Map<String, Competency> competencies = new LinkedHashMap<>();
        // competencies: {2023-01-01: {Teamwork: {name: ..., description: ...}}}, by edition then English name.
        f.mapping("competencies", false).ifPresent(editions -> {
            for (Entry edition : editions.entriesAsData()) {
                Fields.of(edition.value(), editions.path(edition.key().value()), binding).ifPresent(named -> {
                    for (Entry entry : named.entriesAsData()) {
                        Fields.of(entry.value(), named.path(entry.key().value()), binding)
                                .flatMap(OrganizationBinder::competency)
                                .ifPresent(c -> competencies.put(
                                        Translation.competencyKey(edition.key().value(), entry.key().value()), c));
                    }
                });
            }
        });
        f.rejectUnknownKeys();
        return binding.failed() ? Optional.empty()
                : Optional.of(new Translation(Map.copyOf(texts), Map.copyOf(lists), notes, Map.copyOf(competencies),
                        countries, binding.sources()));
    }

    /**
     * The organization's wording of template messages, {@code messages:} in the templates' own
     * nesting ({@code facts: {appointment: ...}}), by dotted key.
     */
    static Map<String, String> messages(Fields f) {
        Map<String, String> messages = new LinkedHashMap<>();
        f.mapping("messages", false).ifPresent(nested -> collect(nested, "", messages));
        return Map.copyOf(messages);
    }

    private static void collect(Fields mapping, String prefix, Map<String, String> messages) {
        for (Entry entry : mapping.entriesAsData()) {
            String key = entry.key().value();
            String where = mapping.path(key);
            if (entry.value() instanceof YamlNode.Mapping) {
                Fields.of(entry.value(), where, mapping.binding()).ifPresent(inner -> collect(inner, prefix + key + ".", messages));
            } else {
                mapping.text(entry.value(), where).ifPresent(text -> messages.put(prefix + key, text));
            }
        }
    }

    /** A translation of an id the organization does not have would never show: the id is misspelt or left over. */
    private static void translatesOneOf(List<String> ids, Entry entry, String kind, Binding binding) {
        String id = entry.key().value();
        if (!ids.contains(id)) {
            binding.error(entry.key().location(), "'" + Texts.abbreviate(id) + "' is none of the " + kind + " of "
                    + SourceFolder.ORGANIZATION_FILE + " (" + String.join(", ", ids) + "), so this translation would"
                    + " never show; correct or delete it" + Texts.didYouMean(id, ids));
        }
    }
}
