package org.vacancypress.core.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vacancypress.core.Generator;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Section;
import org.vacancypress.core.model.Vocabularies;

/**
 * Writes a new notice file from a title, a grade and a duty station, with the organization's
 * defaults (staff category from the grade, first-tier groups, a posting period that passes its
 * checks) and a TODO placeholder, with a comment, wherever only the recruiter can say.
 */
public final class NoticeScaffold {

    /** Days from opening to closing, both counted: the usual two weeks. */
    private static final int POSTING_DAYS = 14;
    /**
     * The notice format's JSON Schema beside the notices, where editors with the YAML language
     * server find it from each notice's first line; a notices repository has no generator source.
     */
    public static final String SCHEMA_FILE = "_schema/notice.schema.json";
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private NoticeScaffold() {
    }

    /** The file a notice of this title goes to: its title in lower case with dashes. */
    public static Path fileFor(Path sourceDirectory, String title) {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return sourceDirectory.resolve((slug.isEmpty() ? "notice" : slug) + ".yaml");
    }

    /** What is wrong with a grade, with the fix; empty when it is one of the organization's grades. */
    public static Optional<String> gradeProblem(String grade, Organization organization) {
        List<String> grades = organization.grades().values().stream().flatMap(List::stream).toList();
        if (grades.contains(grade.strip())) {
            return Optional.empty();
        }
        return Optional.of("unknown grade '" + grade.strip() + "'" + Texts.didYouMean(grade.strip(), grades)
                + "; the organization's grades are " + String.join(", ", grades));
    }

    /** What is wrong with a duty station written "City, CC", with the fix; empty when nothing is. */
    public static Optional<String> dutyStationProblem(String dutyStation) {
        String[] station = dutyStation.split("\\s*,\\s*", 2);
        if (station.length < 2 || station[1].isBlank()) {
            return Optional.of("'" + dutyStation.strip() + "' has no country: write the city, a comma and the ISO"
                    + " 3166-1 alpha-2 country code, e.g. 'Tripoli, LY'");
        }
        if (station[0].isBlank()) {
            return Optional.of("'" + dutyStation.strip() + "' has no city: write it before the country, e.g. 'Tripoli, LY'");
        }
        String country = station[1].strip();
        if (!COUNTRY_CODES.contains(country.toUpperCase(Locale.ROOT))) {
            return Optional.of("unknown country code '" + country + "': use the ISO 3166-1 alpha-2 code, e.g. LY for"
                    + " Libya");
        }
        return Optional.empty();
    }

    /**
     * Writes the notice, and the notice format's schema to {@link #SCHEMA_FILE} when it is not
     * there as this generator has it; never replaces a notice file.
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
        writeSchema(sourceDirectory);
        return file;
    }

    /** Writes the schema beside the notices, unless it is already there with this content. */
    public static void writeSchema(Path sourceDirectory) throws IOException {
        byte[] schema;
        try (InputStream in = NoticeScaffold.class.getClassLoader().getResourceAsStream(Generator.NOTICE_SCHEMA)) {
            if (in == null) {
                throw new IOException("missing " + Generator.NOTICE_SCHEMA);
            }
            schema = in.readAllBytes();
        }
        Path file = sourceDirectory.resolve(SCHEMA_FILE);
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), schema)) {
            Files.createDirectories(file.getParent());
            Files.write(file, schema);
        }
    }

    static String text(String title, String grade, String dutyStation, LocalDate today, Organization organization) {
        Optional<String> category = organization.grades().entrySet().stream()
                .filter(entry -> entry.getValue().contains(grade)).map(Map.Entry::getKey).findFirst();
        String[] station = dutyStation.split("\\s*,\\s*", 2);
        String city = station[0].strip();
        String country = station.length > 1 ? station[1].strip().toUpperCase(Locale.ROOT) : "TODO";
        LocalDate closes = today.plusDays(POSTING_DAYS - 1);
        while (!organization.checks().weekendClosing()
                && (closes.getDayOfWeek() == DayOfWeek.SATURDAY || closes.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            closes = closes.minusDays(1);
        }
        Vocabularies vocabularies = organization.vocabularies();
        // Only what the organization's sections use: no tiers or competencies where they have none.
        Set<String> needed = organization.sections().stream().flatMap(section -> section.needs().stream())
                .collect(Collectors.toSet());
        List<String> lines = new ArrayList<>(List.of(
                "# yaml-language-server: $schema=" + SCHEMA_FILE,
                "# Written by vacancy:new. Replace every TODO: vacancy:validate lists those left, and a",
                "# notice with one is published only as a draft, in the preview (vacancy:serve).",
                "# The format: NOTICE-FORMAT.md. Boilerplate (introduction, tiers, values, notes...)",
                "# comes from _organization.yaml: do not copy it here.",
                "reference: " + quoted("TODO reference, e.g. VN " + today.getYear() + "/001 (P)"),
                "vacancyType: " + vocabularies.vacancyTypes().ids().get(0),
                "title: " + quoted(title),
                "# The organizational unit of the post.",
                "unit: TODO unit",
                "dutyStation:",
                "  city: " + quoted(city),
                "  # ISO 3166-1 alpha-2 code, e.g. LY for Libya.",
                "  country: " + country,
                "grade: " + quoted(grade),
                "staffCategory: " + category.orElse("TODO"),
                "contract:",
                "  type: " + vocabularies.contractTypes().ids().get(0),
                "  durationMonths: 12",
                "  extensible: true",
                "startDate: as-soon-as-possible",
                "posting:",
                "  opens: " + today,
                "  closes: " + closes));
        if (needed.contains("eligibility")) {
            lines.addAll(List.of("eligibility:", "  firstTier: [" + vocabularies.firstTierGroups().ids().get(0) + "]"));
        }
        if (needed.contains(Section.COMPETENCY_FRAMEWORK)) {
            lines.addAll(List.of("# true when the post supervises staff.", "directReports: false"));
        }
        lines.addAll(List.of(
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
                ""));
        return String.join("\n", lines);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
