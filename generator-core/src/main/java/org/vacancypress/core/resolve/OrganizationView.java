package org.vacancypress.core.resolve;

import java.util.List;
import java.util.Optional;

/**
 * The organization as the pages of one language show it. Its standard texts are optional: a
 * section shows those its organization writes.
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
        List<MarkdownText> howToApply) {
}
