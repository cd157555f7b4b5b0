package org.vacancypress.core.resolve;

import java.util.List;
import java.util.Optional;

/** The organization as the pages of one language show it. */
public record OrganizationView(
        String name,
        String shortName,
        Optional<String> article,
        String website,
        String careersUrl,
        Optional<String> applicationSystemName,
        String workplaceCultureUrl,
        String competencyFrameworkUrl,
        String jobCategoryUrl,
        String closingTime,
        String closingPlace,
        List<String> officialLanguages,
        MarkdownText introduction,
        MarkdownText workplaceCulture,
        MarkdownText educationNote,
        MarkdownText languageAssessment,
        MarkdownText zeroTolerance,
        MarkdownText antiFraud,
        List<MarkdownText> howToApply) {
}
