package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the site through the Nu HTML Checker, the validator behind validator.w3.org/nu,
 * run in-process with its own schemas: open and closed notices, the list, the archive.
 */
class HtmlCheckerTest {

    @TempDir
    static Path dir;
    static Path site;
    /** The real notices with their French and Arabic versions, on a day the Arabic one is open. */
    static Path languages;

    @BeforeAll
    static void buildTheSite() {
        site = dir.resolve("site");
        BuildResult result = new Generator(Fixtures.request(Fixtures.siteFolder(dir), site)
                .withToday(Fixtures.SITE_DAY).withBaseUrl(URI.create("https://careers.example.org/"))).html();
        assertTrue(result.succeeded(), () -> result.problems().toString());
        languages = dir.resolve("languages");
        BuildResult real = new Generator(Fixtures.request(Fixtures.NOTICES, languages)
                .withToday(java.time.LocalDate.of(2025, 4, 20)).withBaseUrl(URI.create("https://careers.example.org/")))
                .html();
        assertTrue(real.succeeded(), () -> real.problems().toString());
    }

    /** What the checker reports, as "page:line:column: message", warnings left out. */
    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        private String page;

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator checker = checker(errors);
        List<Path> pages = pages(site);
        List<Path> translated = pages(languages);
        for (Path page : Stream.concat(pages.stream(), translated.stream()).toList()) {
            errors.page = page.getFileName().toString();
            checker.checkHtmlFile(page.toFile(), true);
        }
        assertEquals(8, pages.size(), "the list, the archive, the 404 page, three open and two closed notices");
        assertTrue(translated.stream().anyMatch(page -> page.toString().endsWith("-ar.html"))
                && translated.stream().anyMatch(page -> page.toString().endsWith("-fr.html")), translated.toString());
        assertEquals(List.of(), errors.found);
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, Files.readString(site.resolve("index.html")).replace("<main id=\"main\">",
                "<main id=\"main\"><li>stray</li>"));
        Errors errors = new Errors();
        SimpleDocumentValidator checker = checker(errors);
        errors.page = "broken.html";
        checker.checkHtmlFile(broken.toFile(), true);
        assertEquals(1, errors.found.size(), errors.found.toString());
    }

    /** The checker with the schema of HTML as the Nu checker's own command line uses it. */
    private static SimpleDocumentValidator checker(Errors errors) throws Exception {
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        checker.setUpValidatorAndParsers(errors, false, false);
        return checker;
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
