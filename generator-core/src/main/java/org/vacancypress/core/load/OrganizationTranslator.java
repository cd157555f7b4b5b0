package org.vacancypress.core.load;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.vacancypress.core.model.ClosingTime;
import org.vacancypress.core.model.Competency;
import org.vacancypress.core.model.CompetencyFramework;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.SourceMap;
import org.vacancypress.core.model.StandardNote;
import org.vacancypress.core.model.Translation;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.model.Vocabulary;

/**
 * The organization as a notice in one language reads it: in its own language as
 * {@code _organization.yaml} and {@code _data/} write it, any other language from its translation. Every text the
 * translation lacks is named, so that a notice never shows English boilerplate under a
 * French heading.
 */
public final class OrganizationTranslator {

    /**
     * The organization in a language, the keys its translation lacks (empty when complete, in
     * order), and the translation's file relative to the notices folder.
     */
    public record Translated(Organization organization, Set<String> missing, String file) {
    }

    private OrganizationTranslator() {
    }

    /** The organization in every language, translated once a build: validation names what each lacks, pages show it. */
    public static Map<Language, Translated> translateAll(Organization org) {
        Map<Language, Translated> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, translate(org, language));
        }
        return Collections.unmodifiableMap(all);
    }

    private static Translated translate(Organization org, Language language) {
        String file = SourceFolder.translationFile(language);
        if (language == org.language()) {
            return new Translated(org, Set.of(), file);
        }
        Optional<Translation> found = Optional.ofNullable(org.translations().get(language));
        Translation t = found.orElseGet(() -> new Translation(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                new SourceMap(Location.ofFile(file), Map.of(), Optional.empty())));
        Set<String> missing = new TreeSet<>();
        // A text the organization does not write needs no translation.
        BiFunction<String, String, String> text = (key, original) -> original.isBlank() ? "" : t.text(key).orElseGet(() -> {
            missing.add(key);
            return "";
        });
        BiFunction<String, List<String>, List<String>> list = (key, original) -> {
            List<String> items = t.lists().get(key);
            if (items == null && !original.isEmpty()) {
                missing.add(key);
                return List.of();
            }
            return items == null ? List.of() : items;
        };
        List<StandardNote> notes = org.notes().stream().map(note -> new StandardNote(note.id(),
                orMissing(t.notes().get(note.id()), "notes." + note.id(), missing, ""),
                note.when())).toList();
        BiFunction<LocalDate, Competency, Competency> competency = (edition, c) ->
                orMissing(t.competencies().get(Translation.competencyKey(edition, c.name())),
                        "competencies." + Translation.competencyKey(edition, c.name()), missing, c);
        // A name without article (COTA) has none in any language: nothing is missing.
        Organization translated = new Organization(org.language(), text.apply("name", org.name()), text.apply("shortName", org.shortName()), t.text("article"),
                t.text(Translation.ELISION).map(Boolean::parseBoolean),
                org.website(),
                org.careersUrl(),
                org.applicationSystem(), org.workplaceCultureUrl(), org.competencyFrameworkUrl(), org.jobCategoryUrl(),
                new ClosingTime(org.closingTime().time(), org.closingTime().zone(), text.apply("closingPlace", org.closingTime().place())),
                list.apply("officialLanguages", org.officialLanguages()), org.sections(),
                text.apply("introduction", org.introduction()), text.apply("workplaceCulture", org.workplaceCulture()),
                text.apply("educationNote", org.educationNote()),
                text.apply("languageAssessment", org.languageAssessment()), vocabularies(org, language, t, missing),
                org.competencyLevels(),
                notes, text.apply("zeroTolerance", org.zeroTolerance()), text.apply("antiFraud", org.antiFraud()),
                list.apply("howToApply", org.howToApply()),
                org.nonRepresentedMemberStates().map(states -> states.value().stream()
                        .map(state -> orMissing(t.countries().get(state), "countries." + state, missing, "")).toList()),
                org.competencyFrameworks().map(edition -> {
                    Function<List<Competency>, List<Competency>> each = competencies -> competencies.stream()
                            .map(c -> competency.apply(edition.inForceFrom(), c)).toList();
                    CompetencyFramework framework = edition.value();
                    return new CompetencyFramework(framework.levelled(), each.apply(framework.values()),
                            each.apply(framework.core()), each.apply(framework.managerial()));
                }),
                org.salaryScales(), org.checks(), messages(org, t, text), org.translations(), org.sources());
        return new Translated(translated, Collections.unmodifiableSet(missing), file);
    }

    /**
     * The organization's wording of template messages in the translation's language: each of its
     * own translated (or missing), and any the translation words for that language alone.
     */
    private static Map<String, String> messages(Organization org, Translation t, BiFunction<String, String, String> text) {
        Map<String, String> messages = new TreeMap<>();
        org.messages().forEach((key, original) -> messages.put(key, text.apply(Translation.MESSAGES + key, original)));
        t.texts().forEach((key, translated) -> {
            if (key.startsWith(Translation.MESSAGES)) {
                messages.put(key.substring(Translation.MESSAGES.length()), translated);
            }
        });
        return messages;
    }

    /**
     * The labels of the organization's vocabularies in {@code language}: those it declares from
     * its translation (key {@code vocabularies.<kind>.<id>}), the defaults in that language.
     */
    private static Vocabularies vocabularies(Organization org, Language language, Translation t, Set<String> missing) {
        Vocabularies defaults = VocabularyBinder.defaults(language);
        return org.vocabularies().map((kind, vocabulary) -> !vocabulary.declared() ? defaults.of(kind)
                : new Vocabulary(vocabulary.terms().stream().map(term -> {
                    String key = Translation.VOCABULARIES + kind + "." + term.id();
                    return term.withLabels(orMissing(t.texts().get(key), key, missing, term.label()),
                            term.except().map(except -> orMissing(t.texts().get(key + ".except"), key + ".except",
                                    missing, except)));
                }).toList(), true));
    }

    /** The organization as its own files write it, from its texts in every language. */
    public static Organization original(Map<Language, Translated> all) {
        return all.get(all.get(Language.EN).organization().language()).organization();
    }

    /** The translated value, or {@code otherwise} with its key noted as missing. */
    private static <T> T orMissing(T value, String key, Set<String> missing, T otherwise) {
        if (value == null) {
            missing.add(key);
            return otherwise;
        }
        return value;
    }
}
