package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * once. A missing text of the organization is an error where its translation file should hold
 * it, naming the key and a notice that shows it; a missing message, one at the notice's language.
 */
public final class TranslationCheck {

    private static final int LISTED = 12;
    private static final String COMPETENCIES = "competencies.";
    private static final String COUNTRIES = "countries.";
    private static final String NOTES = "notes.";
    /** The messages of the list and archive pages, which are in the organization's language alone. */
    private static final String SITE_MESSAGES = Translation.MESSAGES + "site.";

    private TranslationCheck() {
    }

    /**
     * Every text of the pages, in each language in use.
     *
     * @param organization in every language, as loading translated it
     * @param interfaceMissing the template message keys a language lacks
     * @param interfaceFile how messages name a language's template messages
     * @param isMessage whether the templates have a message of a dotted key: the organization's
     *     wording of one they lack is reported once, in its own file, not again in each translation
     * @param display how messages name a file of the notices folder, from its relative path
     */
    public record Texts(Map<Language, OrganizationTranslator.Translated> organization,
            Function<Language, Set<String>> interfaceMissing, Function<Language, String> interfaceFile,
            Predicate<String> isMessage, Function<String, String> display) {
    }

    static void check(List<Notice> notices, Texts texts, Problems problems) {
        Map<Language, List<Notice>> byLanguage = new LinkedHashMap<>();
        notices.forEach(notice -> byLanguage.computeIfAbsent(notice.language(), l -> new ArrayList<>()).add(notice));
        Organization original = OrganizationTranslator.original(texts.organization());
        byLanguage.forEach((language, written) -> {
            missingTranslations(language, written, original, texts, problems);
            Notice notice = written.get(0);
            Set<String> messages = texts.interfaceMissing().apply(language);
            if (!messages.isEmpty()) {
                problems.error(notice.sources().of("language"), notice.sources().file().file() + " is in "
                        + language.nativeName() + " (" + language.id() + "), and "
                        + texts.interfaceFile().apply(language) + " has no " + language.id() + " text for "
                        + listed(messages) + "; add these keys, as the English file has them");
            }
        });
    }

    /**
     * The organization's texts the notices of a language show and its translation file lacks,
     * each reported where it belongs in that file: at the mapping that should hold it (notes,
     * an edition of the competencies), or at the file's first line when even that is missing.
     */
    private static void missingTranslations(Language language, List<Notice> written, Organization original,
            Texts texts, Problems problems) {
        OrganizationTranslator.Translated translated = texts.organization().get(language);
        String file = texts.display().apply(translated.file());
        Optional<Translation> translation = Optional.ofNullable(original.translations().get(language));
        Map<Location, Set<String>> byPlace = new LinkedHashMap<>();
        Map<Location, Notice> needing = new LinkedHashMap<>();
        for (String key : translated.missing()) {
            if (key.startsWith(Translation.MESSAGES) && !texts.isMessage().test(key.substring(Translation.MESSAGES.length()))) {
                continue;
            }
            written.stream().filter(notice -> usedBy(key, List.of(notice), original)).findFirst().ifPresent(notice -> {
                Location at = translation.map(t -> t.sources().of(key)).orElse(Location.ofFile(file));
                byPlace.computeIfAbsent(at, place -> new TreeSet<>()).add(key);
                needing.putIfAbsent(at, notice);
            });
        }
        byPlace.forEach((at, keys) -> problems.error(at, "no " + language.id() + " text for " + listed(keys)
                + ", which " + needing.get(at).sources().file().file() + " shows (it is in " + language.nativeName()
                + "); add " + (keys.size() == 1 ? "it" : "them") + " to this " + (at.line() == 1 ? "file" : "mapping")
                + ", translated from _organization.yaml and _data/"));
    }

    /**
     * Whether the notices of a language show the text of {@code key}: every text but the dated
     * editions (of the competencies, of the member states) not in force on any of their opening
     * dates, the standard notes none of them has, the labels of values none of them gives, and
     * the wording of the site's own pages (list, archive), which are in the organization's
     * language only.
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
        if (key.startsWith(SITE_MESSAGES)) {
            return false;
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
