package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example organizations of {@code examples/} build from their data alone, with the default
 * templates, and their pages and PDFs say only what those organizations publish.
 */
class ExampleOrganizationsTest {

    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** What one organization's output says: every page's text and every PDF's text. */
    private record Output(List<Document> pages, List<String> pdfTexts) {
        Stream<String> texts() {
            return Stream.concat(pages.stream().map(Document::text), pdfTexts.stream());
        }
    }

    private Output build(String organization) throws IOException {
        Path site = dir.resolve(organization);
        BuildResult result = new Generator(Fixtures.request(EXAMPLES.resolve(organization), site)).build();
        assertTrue(result.problems().isEmpty(), "no error and no warning: " + result.problems());
        assertTrue(result.noticesPublished() > 0, "the example's notices are published");
        List<Document> pages = new ArrayList<>();
        List<String> pdfs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    pages.add(Fixtures.page(file));
                } else if (name.endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        pdfs.add(new PDFTextStripper().getText(pdf));
                        String subject = pdf.getDocumentInformation().getSubject();
                        assertFalse(subject.contains(", ,") || subject.contains(" ,"), "no empty slot: " + subject);
                    }
                }
            }
        }
        assertFalse(pdfs.isEmpty(), "the notices' PDFs are built");
        return new Output(pages, pdfs);
    }

    private static void assertSaysNone(Output output, List<String> sentences) {
        output.texts().forEach(text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String sentence : sentences) {
                assertFalse(lower.contains(sentence.toLowerCase(Locale.ROOT)), "says '" + sentence + "': " + text);
            }
        });
    }

    /** Every section heading is followed by something of the section. */
    private static void assertNoEmptySection(Output output) {
        for (Document page : output.pages()) {
            for (Element heading : page.select("section > h2")) {
                Element section = heading.parent();
                String rest = section.text().substring(heading.text().length()).strip();
                assertFalse(rest.isEmpty(), "empty section '" + heading.text() + "' on " + page.title());
            }
        }
    }

    @Test
    void aUnSystemOrganizationWithoutTiersCompetenciesOrNotesSaysNoneOfThem() throws IOException {
        Output wfp = build("wfp");
        assertNoEmptySection(wfp);
        assertSaysNone(wfp, List.of("IOM", "International Organization for Migration", "first-tier", "second-tier",
                "member states", "competenc", "one of the", "official language", "e-Recruitment", "mobile",
                "UNESCO", "Geneva", "funding confirmation", "zero-tolerance policy"));
        Document notice = wfp.pages().stream()
                .filter(page -> page.selectFirst("article.notice") != null).findFirst().orElseThrow();
        assertEquals(List.of("introduction", "responsibilities", "qualifications", "anti-fraud"),
                notice.select("article.notice > section > h2").eachAttr("id"), "closed: no way to apply on the page");
        String text = notice.text();
        assertTrue(text.contains("Key accountabilities (not all-inclusive)"), text);
        assertTrue(text.contains("Fluency (level C) in English language."), "the languages sentence as WFP words it");
        assertTrue(text.contains("No appointment fee: WFP does not charge a fee"), text);
        assertTrue(text.contains("P-3, International Professional"), "the default vocabularies' labels: " + text);
        assertTrue(wfp.pdfTexts().get(0).contains("Programme Policy Officer"), "the PDF is the notice");
    }

    @Test
    void aFrenchNgoWritesOnlyFrenchAndItsSiteIsFrenchThroughout() throws IOException {
        Output acf = build("acf");
        assertNoEmptySection(acf);
        assertSaysNone(acf, List.of("IOM", "WFP", "Organisation internationale pour les migrations", "éligib",
                "États membres", "compétences de base", "langues officielles", "Administrateur",
                "Grade", "Type de nomination", "Avis de vacance"));
        // English words the interface would show were any of its text left in English.
        List<String> english = List.of("Vacancy", "vacancies", "Duty station", "Closing date", "Posting period",
                "How to apply", "Responsibilities", "Education", "Download", "Archive", "Apply", "closed on",
                "the", "and", "of");
        for (Document page : acf.pages()) {
            assertEquals("fr", page.selectFirst("html").attr("lang"), page.title());
            String text = page.text();
            for (String word : english) {
                assertFalse(Pattern.compile("\\b" + word.strip() + "\\b").matcher(text).find(),
                        "English '" + word + "' on " + page.title() + ": " + text);
            }
        }
        assertTrue(acf.pages().stream().anyMatch(page -> page.text().contains("Offres")
                && page.text().contains("Action contre la Faim")), "the list page names the organization in French");
        Document notice = acf.pages().stream()
                .filter(page -> page.selectFirst("article.notice") != null).findFirst().orElseThrow();
        assertTrue(notice.text().contains("Créée en 1979, Action contre la Faim"), notice.text());
        assertTrue(notice.select(".facts dt").eachText().contains("Type de contrat"), "the label true of any organization");
        assertTrue(acf.pdfTexts().get(0).contains("Coordinateur·rice du programme nutrition"), "the PDF is the notice");
        // Its own vocabularies, not the UN system's defaults.
        for (String label : List.of("Offre d’emploi", "Contrat à durée déterminée, 12 mois")) {
            assertTrue(notice.text().contains(label), label + ": " + notice.text());
            assertTrue(acf.pdfTexts().get(0).replaceAll("\\s+", " ").contains(label), label + " in the PDF");
        }
    }
}
