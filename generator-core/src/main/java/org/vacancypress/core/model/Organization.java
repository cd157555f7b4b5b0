package org.vacancypress.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an organization says on every notice, read from the notices folder's data files
 * ({@code _organization.yaml}, {@code _data/}). Text fields are Markdown.
 *
 * @param article the definite article its name takes in the language of the texts, if any
 *     ("l’" in French for l’OIM, "la" in Spanish for la OIM, "the" in English): messages contract it
 *     ("de l’OIM", "du HCR")
 * @param elision whether the name elides what comes before it ("d’ACF") where its spelling
 *     misleads: a mute h elides, a vowel letter sounded as a consonant does not; empty to go by
 *     its first letter
 * @param applicationSystem where candidates apply; without one, they follow the written
 *     instructions of the notice's how-to-apply section
 * @param sections the notice's sections after its title and facts, in order
 * @param vocabularies the values notices classify their posts by (vacancy types, staff
 *     categories with their grades, contract types, first-tier groups), with their labels
 * @param competencyLevels the competency level each grade gets
 * @param messages the organization's own wording of template messages, by dotted key
 *     ({@code facts.appointment}), in place of the templates' default for its language
 * @param translations the organization's texts in languages other than English
 */
public record Organization(
        Language language,
        String name,
        String shortName,
        Optional<String> article,
        Optional<Boolean> elision,
        String website,
        String careersUrl,
        Optional<ApplicationSystem> applicationSystem,
        String workplaceCultureUrl,
        String competencyFrameworkUrl,
        String jobCategoryUrl,
        ClosingTime closingTime,
        List<String> officialLanguages,
        List<Section> sections,
        String introduction,
        String workplaceCulture,
        String educationNote,
        String languageAssessment,
        Vocabularies vocabularies,
        Map<String, Integer> competencyLevels,
        List<StandardNote> notes,
        String zeroTolerance,
        String antiFraud,
        List<String> howToApply,
        Dated<List<String>> nonRepresentedMemberStates,
        Dated<CompetencyFramework> competencyFrameworks,
        Dated<List<SalaryScale>> salaryScales,
        Checks checks,
        Map<String, String> messages,
        Map<Language, Translation> translations,
        SourceMap sources) {

    public Organization {
        officialLanguages = List.copyOf(officialLanguages);
        sections = List.copyOf(sections);
        competencyLevels = Map.copyOf(competencyLevels);
        notes = List.copyOf(notes);
        howToApply = List.copyOf(howToApply);
        messages = Map.copyOf(messages);
        translations = Map.copyOf(translations);
    }

    /** The grades notices may use, by staff category. */
    public Map<String, List<String>> grades() {
        return vocabularies.grades();
    }
}
