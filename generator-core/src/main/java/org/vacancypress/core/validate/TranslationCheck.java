package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Translation;

/**
 * A notice in a language needs every text of its page in that language: the organization's
 * (its translation file) and the templates' (their messages). Each language in use is checked
 * once; a missing text is an error naming the file to add it to and the key.
 */
public final class TranslationCheck {

    private static final int LISTED = 12;
    private static final String COMPETENCIES = "competencies.";
    private static final String COUNTRIES = "countries.";
    private static final String NOTES = "notes.";

    private TranslationCheck() {
    }

    /**
     * Every text of the pages, in each language in use.
     *
     * @param organization in every language, as loading translated it
     * @param interfaceMissing the template message keys a language lacks
     * @param interfaceFile how messages name a language's template messages
     * @param display how messages name a file of the notices folder, from its relative path
     */
    public record Texts(Map<Language, OrganizationTranslator.Translated> organization,
            Function<Language, Set<String>> interfaceMissing, Function<Language, String> interfaceFile,
            Function<String, String> display) {
    }

    static void check(List<Notice> notices, Texts texts, Problems problems) {
        Map<Language, List<Notice>> byLanguage = new LinkedHashMap<>();
        notices.forEach(notice -> byLanguage.computeIfAbsent(notice.language(), l -> new ArrayList<>()).add(notice));
        Organization original = OrganizationTranslator.original(texts.organization());
        byLanguage.forEach((language, written) -> {
            Notice notice = written.get(0);
            Location at = notice.sources().of("language");
            BiFunction<Set<String>, String, String> report = (keys, file) -> notice.sources().file().file()
                    + " is in " + language.nativeName() + " (" + language.id() + "), and " + file + " has no "
                    + language.id() + " text for " + listed(keys);
            OrganizationTranslator.Translated translated = texts.organization().get(language);
            Set<String> missing = new TreeSet<>(translated.missing());
            missing.removeIf(key -> !usedBy(key, written, original));
            if (!missing.isEmpty()) {
                problems.error(at, report.apply(missing, texts.display().apply(translated.file()))
                        + "; translate them from _organization.yaml and _data/ into that file");
            }
            Set<String> messages = texts.interfaceMissing().apply(language);
            if (!messages.isEmpty()) {
                problems.error(at, report.apply(messages, texts.interfaceFile().apply(language))
                        + "; add these keys, as the English file has them");
            }
        });
    }

    /**
     * Whether the notices of a language show the text of {@code key}: every text but the dated
     * editions (of the competencies, of the member states) not in force on any of their opening
     * dates, the standard notes none of them has, and the labels of values none of them gives.
     */
    private static boolean usedBy(String key, List<Notice> notices, Organization organization) {
        if (key.startsWith(COMPETENCIES)) {
            return notices.stream().map(n -> organization.competencyFrameworks().versionInForceOn(n.posting().opens()))
                    .flatMap(Optional::stream)
                    .anyMatch(edition -> key.startsWith(COMPETENCIES + edition.inForceFrom() + "."));
        }
        if (key.startsWith(COUNTRIES)) {
            String country = key.substring(COUNTRIES.length());
            return notices.stream()
                    .filter(n -> n.eligibility().firstTier().contains(FirstTierGroup.NON_REPRESENTED_MEMBER_STATES))
                    .map(n -> organization.nonRepresentedMemberStates().inForceOn(n.posting().opens()))
                    .flatMap(Optional::stream).anyMatch(states -> states.contains(country));
        }
        if (key.startsWith(Translation.VOCABULARIES)) {
            String[] kindAndId = key.substring(Translation.VOCABULARIES.length()).split("\\.");
            return notices.stream().anyMatch(n -> values(n, kindAndId[0]).contains(kindAndId[1]));
        }
        if (key.startsWith(NOTES)) {
            String id = key.substring(NOTES.length());
            return organization.notes().stream().filter(note -> note.id().equals(id))
                    .anyMatch(note -> notices.stream().anyMatch(note::appliesTo));
        }
        return true;
    }

    /** The ids a notice gives of one of the vocabularies. */
    private static List<String> values(Notice notice, String kind) {
        return switch (kind) {
            case "vacancyTypes" -> List.of(notice.vacancyType().id());
            case "staffCategories" -> notice.staffCategory().map(category -> List.of(category.id())).orElse(List.of());
            case "contractTypes" -> List.of(notice.contract().type().id());
            default -> notice.eligibility().firstTier().stream().map(FirstTierGroup::id).toList();
        };
    }

    private static String listed(Set<String> keys) {
        List<String> first = keys.stream().limit(LISTED).toList();
        return String.join(", ", first) + (keys.size() > LISTED ? " and " + (keys.size() - LISTED) + " more" : "");
    }
}
