package org.vacancypress.core.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.StaffCategory;

/**
 * Writes a new notice file from a title, a grade and a duty station, with the organization's
 * defaults (staff category from the grade, first-tier groups, a posting period that passes its
 * checks) and a TODO placeholder, with a comment, wherever only the recruiter can say.
 */
public final class NoticeScaffold {

    /** Days from opening to closing, both counted: the usual two weeks. */
    private static final int POSTING_DAYS = 14;

    private NoticeScaffold() {
    }

    /** The file a notice of this title goes to: its title in lower case with dashes. */
    public static Path fileFor(Path sourceDirectory, String title) {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return sourceDirectory.resolve((slug.isEmpty() ? "notice" : slug) + ".yaml");
    }

    /**
     * Writes the notice; never replaces a file.
     *
     * @param dutyStation "City, CC" with an ISO 3166-1 alpha-2 code, or just the city
     * @throws java.nio.file.FileAlreadyExistsException when a notice of that name exists
     */
    public static Path create(Path sourceDirectory, String title, String grade, String dutyStation,
            LocalDate today, Organization organization) throws IOException {
        Path file = fileFor(sourceDirectory, title);
        Files.createDirectories(sourceDirectory);
        Files.writeString(file, text(title, grade, dutyStation, today, organization), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        return file;
    }

    static String text(String title, String grade, String dutyStation, LocalDate today, Organization organization) {
        Optional<StaffCategory> category = organization.grades().entrySet().stream()
                .filter(entry -> entry.getValue().contains(grade)).map(Map.Entry::getKey).findFirst();
        String[] station = dutyStation.split("\\s*,\\s*", 2);
        String city = station[0].strip();
        String country = station.length > 1 ? station[1].strip().toUpperCase(Locale.ROOT) : "TODO";
        LocalDate closes = today.plusDays(POSTING_DAYS - 1);
        while (!organization.checks().weekendClosing()
                && (closes.getDayOfWeek() == DayOfWeek.SATURDAY || closes.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            closes = closes.minusDays(1);
        }
        List<String> firstTier = category.filter(c -> c == StaffCategory.INTERNATIONAL_PROFESSIONAL)
                .map(c -> List.of("internal", "non-represented-member-states")).orElse(List.of("internal"));
        return String.join("\n",
                "# Written by vacancy:new. Replace every TODO; vacancy:validate warns about those left.",
                "# The format: NOTICE-FORMAT.md. Boilerplate (introduction, tiers, values, notes...)",
                "# comes from _organization.yaml: do not copy it here.",
                "reference: " + quoted("TODO reference, e.g. VN " + today.getYear() + "/001 (P)"),
                "vacancyType: vacancy-notice",
                "title: " + quoted(title),
                "# The organizational unit of the post.",
                "unit: TODO unit",
                "dutyStation:",
                "  city: " + quoted(city),
                "  # ISO 3166-1 alpha-2 code, e.g. LY for Libya.",
                "  country: " + country,
                "grade: " + quoted(grade),
                "staffCategory: " + category.map(StaffCategory::id).orElse("TODO"),
                "contract:",
                "  type: fixed-term",
                "  durationMonths: 12",
                "  extensible: true",
                "startDate: as-soon-as-possible",
                "posting:",
                "  opens: " + today,
                "  closes: " + closes,
                "eligibility:",
                "  firstTier: [" + String.join(", ", firstTier) + "]",
                "# true when the post supervises staff.",
                "directReports: false",
                "draft: true",
                "context: |",
                "  TODO: the context of the post, in Markdown. Who the post reports to, what the unit does.",
                "responsibilities:",
                "  - TODO one duty per item",
                "education:",
                "  - TODO one accepted degree per item, with its years of experience",
                "experience:",
                "  - TODO the experience required",
                "skills:",
                "  - TODO the skills required",
                "languages:",
                "  required: [English]",
                "");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
