package org.vacancypress.core.render.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.resolve.NoticeFacts;
import org.vacancypress.core.resolve.OrganizationView;

/**
 * The schema.org {@code JobPosting} of an open notice, as search engines' job listings read it.
 * Eligibility rules (member states, nationality) are not locations a candidate must be in, so
 * they stay out of {@code applicantLocationRequirements}; only a home-based post's countries,
 * where the candidate's home must be, are in it.
 */
public final class JobPosting {

    private JobPosting() {
    }

    /**
     * @param descriptionHtml the whole notice as HTML
     * @param pageUrl the notice page's address, absolute when the site's address is known
     * @param logoUrl the organization's logo's absolute address, when it has one and the site's address is known
     */
    public static String json(NoticeFacts notice, OrganizationView organization, String descriptionHtml,
            String pageUrl, Optional<String> logoUrl) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org/");
        posting.put("@type", "JobPosting");
        posting.put("title", notice.title());
        posting.put("description", descriptionHtml);
        posting.put("identifier", Json.object("@type", "PropertyValue", "name", organization.name(),
                "value", notice.reference()));
        posting.put("datePosted", notice.opensIso());
        notice.closesAt().ifPresent(closesAt -> posting.put("validThrough", closesAt));
        posting.put("employmentType", employmentType(organization, notice.contractType()));
        Map<String, Object> hiring = Json.object("@type", "Organization", "name", organization.name(),
                "sameAs", organization.website());
        logoUrl.ifPresent(url -> hiring.put("logo", url));
        posting.put("hiringOrganization", hiring);
        location(notice.dutyStations(), posting);
        posting.put("url", pageUrl);
        notice.salary().ifPresent(salary -> posting.put("baseSalary", Json.object("@type", "MonetaryAmount",
                "currency", salary.currency(), "value", salary.maximum()
                        .map(max -> Json.object("@type", "QuantitativeValue", "minValue", salary.minimum(), "maxValue", max,
                                "unitText", salary.period().toUpperCase(Locale.ROOT)))
                        .orElse(Json.object("@type", "QuantitativeValue", "value", salary.minimum(),
                                "unitText", salary.period().toUpperCase(Locale.ROOT))))));
        // Job boards read a missing directApply as unknown: applying on the organization's own system is not direct.
        posting.put("directApply", notice.directApply());
        if (!notice.occupationalGroups().isEmpty()) {
            posting.put("occupationalCategory", String.join(", ", notice.occupationalGroups()));
        }
        return Json.write(posting);
    }

    /**
     * Where the post is done, as Google's guidance for job postings asks: each duty station with
     * a city is a {@code jobLocation} (one place, or a list of them); a home-based post is
     * {@code TELECOMMUTE}, with the countries it may be done from.
     */
    private static void location(List<NoticeFacts.Station> stations, Map<String, Object> posting) {
        List<Map<String, Object>> places = stations.stream().filter(station -> !station.homeBased())
                .map(station -> Json.object("@type", "Place", "address", Json.object("@type", "PostalAddress",
                        "addressLocality", station.city(), "addressCountry", station.country())))
                .toList();
        if (!places.isEmpty()) {
            posting.put("jobLocation", places.size() == 1 ? places.get(0) : places);
        }
        List<String> homeCountries = stations.stream().filter(NoticeFacts.Station::homeBased)
                .map(NoticeFacts.Station::country).toList();
        if (!homeCountries.isEmpty()) {
            posting.put("jobLocationType", "TELECOMMUTE");
            List<Map<String, Object>> countries = homeCountries.stream().filter(country -> !country.isEmpty())
                    .distinct().map(country -> Json.object("@type", "Country", "name", country)).toList();
            if (!countries.isEmpty()) {
                posting.put("applicantLocationRequirements", countries.size() == 1 ? countries.get(0) : countries);
            }
        }
    }

    /** As its contract type's vocabulary entry says; full-time staff employment when it says nothing. */
    private static List<String> employmentType(OrganizationView organization, String contractType) {
        List<String> types = organization.employmentTypes().getOrDefault(contractType, List.of());
        return types.isEmpty() ? List.of("FULL_TIME") : types;
    }
}
