package org.vacancypress.core.render.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org {@code JobPosting} of an open notice, as search engines' job listings read it.
 * Eligibility rules (member states, nationality) are not locations a candidate must be in, so
 * they stay out of {@code applicantLocationRequirements}.
 */
public final class JobPosting {

    private JobPosting() {
    }

    /**
     * @param notice the notice's facts, as {@code NoticeViews.facts} gives them
     * @param organization the organization's view
     * @param descriptionHtml the whole notice as HTML
     * @param pageUrl the notice page's address, absolute when the site's address is known
     */
    public static String json(Map<String, Object> notice, Map<String, Object> organization, String descriptionHtml,
            String pageUrl) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org/");
        posting.put("@type", "JobPosting");
        posting.put("title", notice.get("title"));
        posting.put("description", descriptionHtml);
        posting.put("identifier", Json.object("@type", "PropertyValue", "name", organization.get("name"),
                "value", notice.get("reference")));
        posting.put("datePosted", notice.get("opensIso"));
        if (notice.containsKey("closesAt")) {
            posting.put("validThrough", notice.get("closesAt"));
        }
        posting.put("employmentType", employmentType((String) notice.get("contractType")));
        posting.put("hiringOrganization", Json.object("@type", "Organization", "name", organization.get("name"),
                "sameAs", organization.get("website")));
        posting.put("jobLocation", Json.object("@type", "Place", "address", Json.object("@type", "PostalAddress",
                "addressLocality", notice.get("city"), "addressCountry", notice.get("country"))));
        posting.put("url", pageUrl);
        // Job boards read a missing directApply as unknown: applying on the organization's own system is not direct.
        posting.put("directApply", Boolean.TRUE.equals(notice.get("directApply")));
        if (notice.get("occupationalGroups") instanceof List<?> groups && !groups.isEmpty()) {
            posting.put("occupationalCategory", String.join(", ", groups.stream().map(String::valueOf).toList()));
        }
        return Json.write(posting);
    }

    /** A fixed-term appointment is full-time staff employment; a special short-term one is also temporary. */
    private static List<String> employmentType(String contractType) {
        return "special-short-term".equals(contractType) ? List.of("FULL_TIME", "TEMPORARY") : List.of("FULL_TIME");
    }
}
