package org.vacancypress.core.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vacancypress.core.model.Organization;

/** The organization's single paragraphs every notice prints, by their key in its data, in reading order. */
final class OrganizationTexts {

    private OrganizationTexts() {
    }

    static Map<String, String> paragraphs(Organization organization) {
        Map<String, String> paragraphs = new LinkedHashMap<>();
        paragraphs.put("introduction", organization.introduction());
        paragraphs.put("workplaceCulture", organization.workplaceCulture());
        paragraphs.put("educationNote", organization.educationNote());
        paragraphs.put("languageAssessment", organization.languageAssessment());
        paragraphs.put("zeroTolerance", organization.zeroTolerance());
        paragraphs.put("antiFraud", organization.antiFraud());
        return paragraphs;
    }
}
