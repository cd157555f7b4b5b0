package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.load.MessageFiles;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.render.html.Messages;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.html.TemplateLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notices in French, Spanish and Arabic: their boilerplate, headings, labels and dates in their
 * language, the same vacancy's pages linked, Arabic right to left in the page and the PDF, and
 * a missing translation reported before anything is published.
 */
class LanguagesTest {

    private static final String ENGLISH = "programme-assistant-ctip-port-vila-2023";
    private static final String FRENCH = "programme-assistant-ctip-port-vila-2023-fr";
    private static final String ARABIC = "national-protection-officer-avm-tripoli-2025-ar";
    /** A day both the Port Vila notices are open, in 2023. */
    private static final LocalDate PORT_VILA_OPEN = LocalDate.of(2023, 3, 10);
    /** A day the Tripoli notices of April 2025 are open. */
    private static final LocalDate TRIPOLI_OPEN = LocalDate.of(2025, 4, 20);

    @TempDir
    Path dir;

    private Path build(Path notices, LocalDate day) {
        Path site = dir.resolve("site-" + day);
        BuildResult result = new Generator(Fixtures.request(notices, site).withToday(day)).build();
        assertTrue(result.succeeded(), () -> result.problems().toString());
        assertEquals(List.of(), result.problems());
        return site;
    }

    @Test
    void theFrenchNoticeIsFrenchThroughout() throws IOException {
        Path site = build(Fixtures.NOTICES, PORT_VILA_OPEN);
        Document page = Fixtures.page(site.resolve(FRENCH + ".html"));
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals(List.of("Contexte", "Responsabilités", "Qualifications et expérience", "Introduction", "Admissibilité",
                "Valeurs", "Compétences", "Notes", "Attention à la fraude", "Comment postuler"),
                page.select("h2:not(#toc-heading)").eachText());
        assertEquals("Sommaire", page.selectFirst("#toc-heading").text());
        String text = page.body().text();
        assertTrue(text.contains("L’OIM ne perçoit aucun frais à quelque étape que ce soit de son processus de recrutement"),
                "the French anti-fraud statement");
        assertTrue(text.contains("Période de publication : du 6 mars 2023 au 17 mars 2023")
                || text.contains("Période de publication du 6 mars 2023 au 17 mars 2023"), "dates in French");
        assertTrue(text.contains("Tous les membres du personnel de l’OIM doivent respecter et incarner ces cinq valeurs"));
        assertTrue(text.contains("Inclusion et respect de la diversité"));
        assertTrue(text.contains("Ce poste est soumis au recrutement local."), "the standard note in French");
        assertEquals("Postuler avant le 17 mars 2023", page.selectFirst(".apply a").ownText());
        for (String english : List.of("Beware of fraud", "How to apply", "Duty station", "does not charge a fee",
                "Respects and promotes", "Skip to main content")) {
            assertFalse(page.html().contains(english), "English left on the French page: " + english);
        }
        try (PDDocument pdf = Loader.loadPDF(site.resolve(FRENCH + ".pdf").toFile())) {
            String pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertEquals("fr", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdfText.contains("Attention à la fraude"));
            assertTrue(pdfText.contains("L’OIM ne perçoit aucun frais"));
            // The running footer is an artifact outside the tagged text: read where it stands on the page.
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            assertTrue(byPosition.getText(pdf).contains("Page 1 sur "), "the page numbers in French");
        }
    }

    @Test
    void theSameVacancyInTwoLanguagesLinksEachWay() {
        Path site = build(Fixtures.NOTICES, PORT_VILA_OPEN);
        Document english = Fixtures.page(site.resolve(ENGLISH + ".html"));
        Document french = Fixtures.page(site.resolve(FRENCH + ".html"));
        assertEquals(List.of("en", "fr"), english.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals(FRENCH + ".html", english.selectFirst("link[hreflang=fr]").attr("href"));
        assertEquals(ENGLISH + ".html", french.selectFirst("link[hreflang=en]").attr("href"));
        assertEquals("Français", english.selectFirst(".other-languages a[lang=fr]").text());
        assertEquals("English", french.selectFirst(".other-languages a[lang=en]").text());
        assertTrue(Fixtures.page(site.resolve("protection-coordinator-tripoli-2018.html"))
                .select("link[hreflang], .other-languages").isEmpty(), "a notice in one language links none");

        Document index = Fixtures.page(site.resolve("index.html"));
        assertEquals(List.of("", "en", "fr"), index.select("select[name=language] option").eachAttr("value"));
        assertEquals(List.of(ENGLISH),
                index.select(".vacancies > li").eachAttr("data-name"), "one entry per vacancy, in the site's language");
        Element vacancy = index.selectFirst("li[data-name=" + ENGLISH + "]");
        assertEquals("en|fr", vacancy.attr("data-languages"));
        assertEquals("Port Vila", vacancy.attr("data-city"));
        assertEquals(FRENCH + ".html", vacancy.selectFirst(".versions a[lang=fr]").attr("href"));
        assertEquals("Français", vacancy.selectFirst(".versions a[lang=fr]").text());
        assertEquals(List.of("", "VU", "VU:Port Vila"), index.select("select[name=location] option")
                .eachAttr("value").stream().filter(v -> !v.startsWith("LY")).toList(), "one place for both spellings");
    }

    @Test
    void theArabicNoticeIsRightToLeftWithLatinReferencesLeftToRight() {
        Path site = build(Fixtures.NOTICES, TRIPOLI_OPEN);
        Document page = Fixtures.page(site.resolve(ARABIC + ".html"));
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertEquals("SVN 2025/087 (NO)", page.selectFirst(".notice-kind bdi").text(), "the reference isolated");
        assertTrue(page.select(".facts bdi").eachText().contains("NO-A"), "the grade isolated");
        assertEquals("احذر الاحتيال", page.selectFirst("#anti-fraud").text());
        assertTrue(page.body().text().contains("لا تتقاضى المنظمة الدولية للهجرة أي رسوم"), "the Arabic anti-fraud statement");
        assertTrue(page.body().text().contains("25 أبريل 2025"), "dates in Arabic, Latin digits");
        Document index = Fixtures.page(site.resolve("index.html"));
        Element vacancy = index.selectFirst("li[data-name=national-protection-officer-avm-tripoli-2025]");
        assertEquals("rtl", vacancy.selectFirst(".versions a[lang=ar]").attr("dir"));
        assertEquals("Tripoli", vacancy.attr("data-city"), "طرابلس and Tripoli are one place");
        assertEquals(List.of("LY:Tripoli"), index.select("select[name=location] option[value^=LY:]").eachAttr("value"));
    }

    @Test
    void theArabicPdfReadsInLogicalOrderWithItsOwnFooter() throws Exception {
        Path site = build(Fixtures.NOTICES, TRIPOLI_OPEN);
        try (PDDocument pdf = Loader.loadPDF(site.resolve(ARABIC + ".pdf").toFile())) {
            assertEquals("ar", pdf.getDocumentCatalog().getLanguage());
            // Shaping writes joined letters as presentation forms; a reader's copy folds them back.
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
            for (String words : List.of("موظف حماية وطني", "مساعدة المهاجرين المستضعفين", "المنظمة الدولية للهجرة",
                    "احذر الاحتيال", "تاريخ الإغلاق")) {
                assertTrue(text.contains(words), "the PDF's text lacks, in reading order: " + words);
            }
            assertTrue(text.contains("SVN 2025/087 (NO)"), "the reference left to right");
            assertTrue(text.contains("1 / " + pdf.getNumberOfPages()), "pages numbered in digits");
        }
    }

    @Test
    void aSpanishNoticeHasItsWholeBoilerplateInSpanish() throws IOException {
        // The list's alternative joined as a Spanish notice joins it: "o", not "or".
        String spanish = Fixtures.validNotice().replaceFirst("(?m)^title: .*$", "title: Coordinador de protección")
                .replace("professional experience; or\n", "professional experience; o\n")
                .replaceFirst("(?m)^reference:", "language: es\nreference:");
        Path notices = Fixtures.folderWith(dir, "coordinador-proteccion-tripoli-2018", spanish);
        Files.createDirectories(notices.resolve("_i18n"));
        Files.copy(Fixtures.NOTICES.resolve("_i18n/es.yaml"), notices.resolve("_i18n/es.yaml"));
        Path site = build(notices, LocalDate.of(2018, 8, 20));
        Document page = Fixtures.page(site.resolve("coordinador-proteccion-tripoli-2018.html"));
        assertEquals(List.of("Contexto", "Responsabilidades", "Calificaciones y experiencia", "Introducción",
                "Admisibilidad", "Competencias", "Notas", "Cuidado con el fraude", "Cómo postular"),
                page.select("h2:not(#toc-heading)").eachText());
        String text = page.body().text();
        assertTrue(text.contains("del 10 de agosto de 2018 al 23 de agosto de 2018"), text);
        assertTrue(text.contains("La OIM no cobra ninguna tasa"));
        assertTrue(text.contains("Santa Sede"), "the member states list in Spanish");
        assertTrue(text.contains("Rendición de cuentas: Asume la responsabilidad de sus actos"), "the 2015 framework");
        assertFalse(text.contains("Accountability") || text.contains("Holy See") || text.contains("Notes"), text);
    }

    @Test
    void theTemplateMessagesAreCompleteInEveryLanguage() throws IOException {
        PageRenderer pages = new PageRenderer(Optional.empty(), TemplateLimits.DEFAULT);
        Messages messages = new Messages(MessageFiles.read(pages::asset, pages::describe, new Problems()));
        assertTrue(messages.missing(Language.EN, true).isEmpty());
        assertEquals(List.of(), List.copyOf(messages.missing(Language.FR, true)));
        assertEquals(List.of(), List.copyOf(messages.missing(Language.ES, true)));
        assertEquals(List.of(), List.copyOf(messages.missing(Language.AR, true)), "the list pages too");
    }

    @Test
    void aMissingOrganizationTranslationIsAnErrorNamingTheKeys() throws IOException {
        Path notices = copyOfTheRealNotices();
        Path french = notices.resolve("_i18n/fr.yaml");
        Files.writeString(french, Files.readString(french).replaceFirst("(?m)^antiFraud: .*\\R", "")
                .replaceFirst("(?m)^  funding: .*\\R", ""));
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).build();
        assertFalse(result.succeeded());
        // Each where it belongs: a text of the file's top level at its first line, a note in the notes.
        int notes = Files.readAllLines(french).indexOf("notes:") + 2;
        assertEquals(List.of("notices/_i18n/fr.yaml:1:1: error: no fr text for antiFraud, which notices/" + FRENCH
                + ".yaml shows (it is in Français); add it to this file, translated from _organization.yaml and _data/",
                "notices/_i18n/fr.yaml:" + notes + ":3: error: no fr text for notes.funding, which notices/" + FRENCH
                + ".yaml shows (it is in Français); add it to this mapping, translated from _organization.yaml and _data/"),
                result.problems().stream().map(Problem::toString).toList());
        assertFalse(Files.exists(dir.resolve("site")), "nothing published");
    }

    @Test
    void aTemplateOverrideLackingAMessageIsAnErrorNamingTheKey() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/i18n"));
        String french = new String(PageRenderer.class.getClassLoader()
                .getResourceAsStream(PageRenderer.DEFAULTS + "/i18n/fr.yaml").readAllBytes(), "UTF-8");
        Files.writeString(templates.resolve("fr.yaml"), french.replaceFirst("(?m)^  antiFraud: .*\\R", ""));
        BuildResult result = new Generator(Fixtures.request(copyOfTheRealNotices(), dir.resolve("site"),
                dir.resolve("templates"))).validate();
        assertEquals(1, result.errorCount(), result.problems().toString());
        String message = result.problems().get(0).toString();
        assertTrue(message.contains("fr.yaml has no fr text for headings.antiFraud; add these keys"), message);
        assertTrue(message.startsWith("notices/" + FRENCH + ".yaml:7:11: error:"), message);
    }

    @Test
    void aBrokenMessagesFileIsReportedOnceAndNothingIsPublished() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/i18n"));
        Files.writeString(templates.resolve("es.yaml"), "page: [unclosed\n");
        BuildResult result = new Generator(Fixtures.request(copyOfTheRealNotices(), dir.resolve("site"),
                dir.resolve("templates"))).build();
        assertEquals(1, result.errorCount(), result.problems().toString());
        assertTrue(result.problems().get(0).toString().contains("es.yaml"), result.problems().toString());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aReferenceTwiceInOneLanguageIsAnErrorButOncePerLanguageIsATranslation() throws IOException {
        Path notices = copyOfTheRealNotices();
        Files.writeString(notices.resolve("copy.yaml"), Files.readString(notices.resolve(FRENCH + ".yaml")));
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).validate();
        assertEquals(2, result.errorCount(), result.problems().toString());
        assertTrue(result.problems().get(0).toString().contains("reference 'SVN 2023/041 (GS)' is used by several"
                + " notices in Français"), result.problems().toString());
    }

    @Test
    void twoStandardNotesWithOneIdAreAnError() throws IOException {
        Path notices = copyOfTheRealNotices();
        Path organization = notices.resolve("_organization.yaml");
        Files.writeString(organization, Files.readString(organization).replace("  - id: roster", "  - id: funding"));
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).validate();
        // The note renamed leaves its translations naming no note: each of the three is reported at its key.
        assertEquals(4, result.errorCount(), result.problems().toString());
        assertEquals(1, result.problems().stream().filter(problem -> problem.toString().matches(
                "notices/_organization\\.yaml:\\d+:\\d+: error: another note has the id 'funding'.*")).count(),
                result.problems().toString());
        assertEquals(3, result.problems().stream().filter(problem -> problem.toString().matches(
                "notices/_i18n/(ar|es|fr)\\.yaml:\\d+:3: error: 'roster' is none of the notes.*")).count(),
                result.problems().toString());
    }

    private Path copyOfTheRealNotices() throws IOException {
        Path notices = dir.resolve("notices");
        try (Stream<Path> files = Files.walk(Fixtures.NOTICES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = notices.resolve(Fixtures.NOTICES.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return notices;
    }
}
