package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organization writing in French, Spanish or Arabic gets a site in that language throughout:
 * its list, archive, 404 page and feed, their labels, counts and sizes; Arabic right to left.
 */
class SiteLanguageTest {

    /** Words of the English interface that none of the other languages' pages may show. */
    private static final List<String> ENGLISH = List.of("Vacancies", "vacancy", "vacancies", "Archive", "archive",
            "Open", "closed", "Page not found", "Search", "Filter", "Subscribe", "All careers", "Skip", "Duty station",
            "Closing date", "Apply", "Download", "Print", "Share", "left", "Last day");

    @TempDir
    Path dir;

    /** The French NGO example as an organization writing in {@code language}, built on {@code today}. */
    private Path site(String language, LocalDate today) throws IOException {
        Path notices = Fixtures.exampleIn(dir, language);
        Path site = dir.resolve("site");
        BuildResult result = new Generator(Fixtures.request(notices, site).withToday(today)
                .withBaseUrl(URI.create("https://careers.example.org/"))).build();
        assertTrue(result.succeeded(), result.problems().toString());
        return site;
    }

    private static void assertInLanguage(Path site, String language, String direction) {
        for (String name : List.of("index.html", "archive.html", "404.html",
                "coordinateur-programme-nutrition-niamey-2025.html")) {
            Document page = Fixtures.page(site.resolve(name));
            assertEquals(language, page.selectFirst("html").attr("lang"), name);
            assertEquals(direction, page.selectFirst("html").attr("dir"), name);
            String shown = page.text() + " " + String.join(" ", page.select("[aria-label]").eachAttr("aria-label"))
                    + " " + String.join(" ", page.select("[title]").eachAttr("title"))
                    + " " + String.join(" ", page.select("meta[content]").eachAttr("content").stream()
                            .filter(content -> !content.startsWith("http")).toList());
            for (String word : ENGLISH) {
                assertFalse(Pattern.compile("\\b" + word + "\\b").matcher(shown).find(),
                        "English '" + word + "' on " + name + ": " + shown);
            }
        }
        String feed = Fixtures.read(site.resolve("feed.xml"));
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + language + "\">"), feed);
    }

    @Test
    void aSpanishOrganizationsSiteIsInSpanish() throws IOException {
        Path site = site("es", LocalDate.of(2025, 3, 20));
        assertInLanguage(site, "es", "ltr");
        Document list = Fixtures.page(site.resolve("index.html"));
        assertTrue(list.text().contains("1 vacante abierta, por fecha de cierre."), list.text());
        assertEquals(List.of("location", "contract"), list.select("#filters select").eachAttr("name"),
                "no filter by a fact no vacancy gives (grade, staff category)");
    }

    @Test
    void anArabicOrganizationsSiteIsInArabicRightToLeft() throws IOException {
        Path site = site("ar", LocalDate.of(2025, 3, 20));
        assertInLanguage(site, "ar", "rtl");
        Document list = Fixtures.page(site.resolve("index.html"));
        assertEquals("الوظائف المفتوحة", list.selectFirst("h1").text());
        assertTrue(list.text().contains("عدد الوظائف المفتوحة: 1"), list.text());
        assertEquals("Niamey، النيجر", list.selectFirst(".vacancies .place dd").text(), "the Arabic comma");
    }

    @Test
    void aFrenchOrganizationsSiteCountsSizesAndNamesItsLanguageInFrench() throws IOException {
        Path site = site("fr", LocalDate.of(2025, 4, 20));
        assertInLanguage(site, "fr", "ltr");
        Document list = Fixtures.page(site.resolve("index.html"));
        Document archive = Fixtures.page(site.resolve("archive.html"));
        Document notice = Fixtures.page(site.resolve("coordinateur-programme-nutrition-niamey-2025.html"));
        assertEquals("1 poste clos dans les archives", list.selectFirst(".archive-link").text());
        assertTrue(archive.selectFirst("#count").text().startsWith("1 poste clos, "), archive.selectFirst("#count").text());
        assertEquals("0 poste ouvert", archive.selectFirst(".archive-link").text());
        assertTrue(Pattern.compile("\\(PDF, \\d+ Ko\\)").matcher(notice.text()).find(), notice.text());
        assertTrue(notice.select(".facts dd").eachText().contains("1er mai 2025"), "the first of the month: "
                + notice.select(".facts").text());
    }
}
