package org.vacancypress.core.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organization as the pages of one language show it. Its standard texts are optional: a
 * section shows those its organization writes.
 *
 * @param labels the labels of the values of the organization's vocabularies, by vocabulary
 *     ({@code vacancyTypes}, {@code staffCategories}, {@code contractTypes}, {@code firstTierGroups}) then id
 * @param employmentTypes the schema.org employment types of each contract type that gives them
 */
public record OrganizationView(
        String name,
        String shortName,
        Optional<String> article,
        Optional<Boolean> elision,
        String website,
        String careersUrl,
        Optional<String> applicationSystemName,
        String workplaceCultureUrl,
        String competencyFrameworkUrl,
        String jobCategoryUrl,
        String closingTime,
        String closingPlace,
        List<String> officialLanguages,
        Optional<MarkdownText> introduction,
        Optional<MarkdownText> workplaceCulture,
        Optional<MarkdownText> educationNote,
        Optional<MarkdownText> languageAssessment,
        Optional<MarkdownText> zeroTolerance,
        Optional<MarkdownText> antiFraud,
        List<MarkdownText> howToApply,
        Map<String, Map<String, String>> labels,
        Map<String, List<String>> employmentTypes) {
}
