package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.scaffold.NoticeScaffold;

/**
 * The values notices classify their posts by (vacancy type, staff category and its grades,
 * contract type, first-tier groups) are the organization's data: declared in its
 * {@code _organization.yaml}, or else the defaults, labelled in the organization's language.
 * An organization in a folder of its own, with no section needing tiers, competencies, a
 * member-states list or notes, writes none of them and sees none of them.
 */
class VocabulariesTest {

    /** A small organization of its own: no tiers, competencies, member states or notes. */
    private static final String ORGANIZATION = """
            name: Field Relief Agency
            shortName: FRA
            website: https://relief.example.org
            careersUrl: https://relief.example.org/jobs
            applicationSystem:
              name: FRA jobs
              url: https://relief.example.org/apply
            closingTime:
              time: "17:00"
              zone: Africa/Nairobi
              place: Nairobi, Kenya
            sections:
              - id: responsibilities
                needs: [responsibilities]
              - id: how-to-apply
            howToApply:
              - Apply online.
            """;

    private static final String VOCABULARIES = """
            vocabularies:
              vacancyTypes:
                - id: job-opening
                  label: Job Opening
              staffCategories:
                - id: field-staff
                  label: Field Staff
                  grades: [FS-4, FS-5]
              contractTypes:
                - id: temporary-appointment
                  label: Temporary Appointment
                  employmentTypes: [TEMPORARY]
            """;

    private static final String NOTICE = """
            reference: FRA-2026-004
            vacancyType: job-opening
            title: Logistics Officer
            dutyStation:
              city: Lodwar
              country: KE
            grade: FS-4
            staffCategory: field-staff
            contract:
              type: temporary-appointment
              durationMonths: 6
            posting:
              opens: 2026-11-16
              closes: 2026-12-04
            responsibilities:
              - Plan the delivery of relief items to the camps.
            """;

    @TempDir
    Path dir;

    private Path folder(String organization, Map<String, String> files) throws IOException {
        Path folder = dir.resolve("notices");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("_organization.yaml"), organization);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(folder.resolve(file.getKey()).getParent());
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private BuildResult build(Path folder) {
        return new Generator(Fixtures.request(folder, dir.resolve("site"))).build();
    }

    /** The organization with its vocabularies, its how-to-apply section shown only {@code when} this holds. */
    private BuildResult buildWithHowToApplyWhen(String condition) throws IOException {
        String organization = ORGANIZATION.replace("""
                  - id: how-to-apply
                """, """
                  - id: how-to-apply
                    when:
                      %s
                """.formatted(condition)) + VOCABULARIES;
        return build(folder(organization, Map.of("logistics-officer.yaml", NOTICE)));
    }

    private static String jobPosting(Document page) {
        return page.select("script[type=application/ld+json]").html();
    }

    private String pdfText(String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("site").resolve(name + ".pdf").toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void anOrganizationsOwnValuesAreCheckedAndTheirLabelsShownOnThePageThePdfAndInTheJobsExport()
            throws IOException {
        BuildResult result = build(folder(ORGANIZATION + VOCABULARIES, Map.of("logistics-officer.yaml", NOTICE)));
        assertEquals(List.of(), result.problems());
        Document page = Fixtures.page(dir.resolve("site/logistics-officer.html"));
        String facts = page.select("main").text();
        assertTrue(facts.contains("FS-4, Field Staff"), facts);
        String pdf = pdfText("logistics-officer").replaceAll("\\s+", " ");
        for (String label : List.of("Job Opening", "Field Staff", "Temporary Appointment, 6 months")) {
            assertTrue(facts.contains(label), label + " on the page: " + facts);
            assertTrue(pdf.contains(label), label + " in the PDF: " + pdf);
        }
        assertTrue(Fixtures.page(dir.resolve("site/index.html")).select("#f-category option")
                .eachText().contains("Field Staff"), "the list's filter names the category by its label");
        assertEquals("[\"TEMPORARY\"]", jobPosting(page).replaceAll("(?s).*\"employmentType\":(\\[[^]]*]).*", "$1"),
                "the contract type's employment type, for job boards");
        // Nothing the organization does not publish: no tiers, competencies, member states or notes.
        assertEquals(List.of("Responsibilities", "How to apply"), page.select("main h2").eachText());
        assertFalse(page.text().contains("first-tier"), page.text());
    }

    @Test
    void aNewNoticeOfAnOrganizationWithoutTiersOrCompetenciesAsksForNeither() throws IOException {
        Path folder = folder(ORGANIZATION + VOCABULARIES, Map.of());
        Organization organization = new SourceFolder(folder, dir).loadOrganization(new Problems()).orElseThrow();
        Path file = NoticeScaffold.create(folder, "Logistics Officer", "FS-4", "Lodwar, KE", Fixtures.TODAY,
                organization);
        String text = Files.readString(file);
        for (String field : List.of("vacancyType: job-opening", "staffCategory: field-staff",
                "type: temporary-appointment")) {
            assertTrue(text.contains(field), field + ": " + text);
        }
        assertFalse(text.contains("eligibility") || text.contains("directReports"), text);
        assertEquals(0, new Generator(Fixtures.request(folder, dir.resolve("site"))).validate().errorCount());
    }

    @Test
    void aMissingFieldIsNamedWithTheSectionThatNeedsIt() throws IOException {
        String organization = ORGANIZATION.replace("""
                  - id: how-to-apply
                """, """
                  - id: how-to-apply
                  - id: eligibility
                    needs: [eligibility]
                    when:
                      staffCategory: [field-staff]
                """) + VOCABULARIES;
        BuildResult result = build(folder(organization, Map.of("logistics-officer.yaml", NOTICE)));
        assertEquals(List.of("notices/logistics-officer.yaml:1:1: error: missing field 'eligibility': the section"
                + " 'eligibility' of _organization.yaml needs it"), result.problems().stream().map(Problem::toString)
                .toList());
    }

    @Test
    void aValueTheOrganizationDoesNotDeclareIsAnErrorAtItsLineNamingTheDeclaredOnes() throws IOException {
        BuildResult result = build(folder(ORGANIZATION + VOCABULARIES, Map.of("logistics-officer.yaml",
                NOTICE.replace("staffCategory: field-staff", "staffCategory: field-staf")
                        .replace("type: temporary-appointment", "type: fixed-term"))));
        List<String> errors = result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
        assertTrue(errors.contains("notices/logistics-officer.yaml:8:16: error: 'staffCategory' must be one of the"
                + " staffCategories of _organization.yaml: field-staff; found 'field-staf' (did you mean 'field-staff'?)"),
                errors.toString());
        assertTrue(errors.contains("notices/logistics-officer.yaml:10:9: error: 'contract.type' must be one of the"
                + " contractTypes of _organization.yaml: temporary-appointment; found 'fixed-term'"), errors.toString());
        assertFalse(Files.exists(dir.resolve("site/logistics-officer.html")), "no page for a notice in error");
    }

    @Test
    void aSectionOrNoteNamingAnUndeclaredValueIsAnErrorInTheOrganizationsFile() throws IOException {
        BuildResult result = buildWithHowToApplyWhen("staffCategory: [general-service]");
        assertTrue(result.problems().stream().map(Problem::toString).anyMatch(problem -> problem.startsWith(
                "notices/_organization.yaml:17:23: error: 'sections[2].when.staffCategory[1]' must be one of the"
                        + " staffCategories of _organization.yaml: field-staff")), result.problems().toString());
    }

    @Test
    void aSectionNamingAGradeNoStaffCategoryListsIsAnErrorAtItsLine() throws IOException {
        BuildResult result = buildWithHowToApplyWhen("grade: [FS4]");
        assertEquals(List.of("notices/_organization.yaml:17:15: error: 'sections[2].when.grade[1]' is no grade of the"
                + " staffCategories: FS-4, FS-5; found 'FS4' (did you mean 'FS-4'?)"),
                result.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aVocabularyListingNoValueIsAnError() throws IOException {
        BuildResult result = build(folder(ORGANIZATION + VOCABULARIES + "  firstTierGroups: []\n",
                Map.of("logistics-officer.yaml", NOTICE)));
        assertEquals(List.of("notices/_organization.yaml:30:20: error: 'vocabularies.firstTierGroups' must have at least"
                + " one item"), result.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void withoutVocabulariesTheDefaultsCoverConsultanciesInTheOrganizationsLanguage() throws IOException {
        String consultancy = NOTICE.replace("vacancyType: job-opening", "vacancyType: call-for-consultants")
                .replace("grade: FS-4\n", "").replace("staffCategory: field-staff", "staffCategory: consultant")
                .replace("type: temporary-appointment", "type: consultancy");
        BuildResult result = build(folder("language: es\n" + ORGANIZATION, Map.of("consultor.yaml", consultancy)));
        assertEquals(List.of(), result.problems());
        String facts = Fixtures.page(dir.resolve("site/consultor.html")).select("main").text();
        for (String label : List.of("Convocatoria de consultores", "Consultor (contratista individual)",
                "Contrato de consultoría")) {
            assertTrue(facts.contains(label), label + ": " + facts);
            assertTrue(pdfText("consultor").replaceAll("\\s+", " ").contains(label), label + " in the PDF");
        }
        // A post without a grade names its category as what it is, not as a grade.
        assertEquals("Categoría de personal", Fixtures.page(dir.resolve("site/consultor.html"))
                .select(".facts dt:matchesOwn(^Categoría de personal$), .facts dt:matchesOwn(^Grado$)").text());
        assertTrue(jobPosting(Fixtures.page(dir.resolve("site/consultor.html"))).contains("\"CONTRACTOR\""),
                "a consultancy, for job boards");
        assertEquals(List.of("f-location", "f-category", "f-contract"), Fixtures.page(dir.resolve("site/index.html"))
                .select("#filters select").eachAttr("id"), "no grade filter: no open notice has a grade");
    }

    @Test
    void anUnknownDefaultValueListsTheDefaultsAndHowToDeclareOwnOnes() throws IOException {
        BuildResult result = build(folder(ORGANIZATION, Map.of("logistics-officer.yaml",
                NOTICE.replace("grade: FS-4\n", "").replace("staffCategory: field-staff", "staffCategory: volunteer"))));
        assertTrue(result.problems().stream().map(Problem::toString).anyMatch(problem -> problem.equals(
                "notices/logistics-officer.yaml:7:16: error: 'staffCategory' must be one of the staffCategories of"
                        + " the default vocabulary (_organization.yaml may declare its own under 'vocabularies'):"
                        + " international-professional, national-officer, general-service, consultant, intern,"
                        + " un-volunteer; found 'volunteer' (did you mean 'un-volunteer'?)")),
                result.problems().toString());
    }

    @Test
    void aTranslationOfAValueOrNoteTheOrganizationDoesNotHaveIsAnErrorAtItsKey() throws IOException {
        BuildResult result = build(folder(ORGANIZATION + VOCABULARIES, Map.of("logistics-officer.yaml", NOTICE,
                "_i18n/fr.yaml", """
                        vocabularies:
                          staffCategories:
                            field-staf: Personnel de terrain
                        notes:
                          gender-parity: Les candidatures de femmes sont encouragées.
                        """)));
        assertEquals(List.of("notices/_i18n/fr.yaml:3:5: error: 'field-staf' is none of the staffCategories of"
                + " _organization.yaml (field-staff), so this translation would never show; correct or delete it"
                + " (did you mean 'field-staff'?)", "notices/_i18n/fr.yaml:5:3: error: 'gender-parity' is none of the"
                + " notes of _organization.yaml (), so this translation would never show; correct or delete it"),
                result.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aNoticeInAnotherLanguageNeedsTheLabelsOfTheValuesItGives() throws IOException {
        String french = "language: fr\n" + NOTICE;
        BuildResult result = build(folder(ORGANIZATION + VOCABULARIES, Map.of("logisticien.yaml", french,
                "_i18n/fr.yaml", """
                        vocabularies:
                          vacancyTypes:
                            job-opening: Offre d’emploi
                        howToApply:
                          - Postulez en ligne.
                        """)));
        // The labels missing from the translation's vocabularies are reported at that mapping.
        assertTrue(result.problems().stream().map(Problem::toString).anyMatch(problem -> problem.startsWith(
                "notices/_i18n/fr.yaml:2:3: error: no fr text for vocabularies.contractTypes.temporary-appointment,"
                        + " vocabularies.staffCategories.field-staff, which notices/logisticien.yaml shows")),
                result.problems().toString());
    }
}
