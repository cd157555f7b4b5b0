package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organization's texts in one more language, from {@code _i18n/<language>.yaml}: the
 * texts of {@code _organization.yaml} by key, the standard notes by id, the competencies and
 * member states by their English names. What it lacks is found when a notice needs it.
 *
 * @param texts single texts by their key in {@code _organization.yaml} (introduction, antiFraud...),
 *     {@code article} and {@code elision}, which a translation may leave out; the labels of the
 *     vocabularies the organization declares by {@link #VOCABULARIES}{@code <kind>.<id>}, and
 *     a first-tier group's {@code except} by that key and {@code .except}; the organization's
 *     wording of template messages by {@link #MESSAGES}{@code <dotted key>}
 * @param lists lists of texts by key (officialLanguages, howToApply)
 * @param notes standard notes by id
 * @param competencies values and competencies by edition and English name, see {@link #competencyKey}
 * @param countries member states by English name
 * @param sources where each key was written, so that a missing one is reported where it belongs
 */
public record Translation(Map<String, String> texts, Map<String, List<String>> lists,
        Map<String, String> notes, Map<String, Competency> competencies, Map<String, String> countries,
        SourceMap sources) {

    /** The keys of {@code _organization.yaml} a translation gives as single texts. */
    public static final List<String> TEXT_KEYS = List.of("name", "shortName", "article", "closingPlace", "introduction",
            "workplaceCulture",
            "educationNote", "languageAssessment", "zeroTolerance", "antiFraud");
    /** Where the organization's wording of template messages begins among the texts: "messages.facts.appointment". */
    public static final String MESSAGES = "messages.";
    /** Whether the name elides in this language, "true" or "false", when its first letter misleads. */
    public static final String ELISION = "elision";
    /** Where the labels of the organization's vocabularies begin among the texts. */
    public static final String VOCABULARIES = "vocabularies.";
    /** The keys it gives as lists. */
    public static final List<String> LIST_KEYS = List.of("officialLanguages", "howToApply");

    public Translation {
        texts = Map.copyOf(texts);
        lists = Map.copyOf(lists);
        notes = Map.copyOf(notes);
        competencies = Map.copyOf(competencies);
        countries = Map.copyOf(countries);
    }

    /** Names a value or competency of an edition: "2023-01-01.Teamwork" (a name recurs across editions). */
    public static String competencyKey(LocalDate edition, String name) {
        return competencyKey(edition.toString(), name);
    }

    /** The same, for an edition as the translation file writes it. */
    public static String competencyKey(String edition, String name) {
        return edition + "." + name;
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }
}
