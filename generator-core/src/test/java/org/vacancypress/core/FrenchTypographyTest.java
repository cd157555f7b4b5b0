package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * French typography is applied to what a candidate reads, the page and the HTML the PDF is made
 * from, and nowhere else: the source files and the English page keep their characters.
 */
class FrenchTypographyTest {

    private static final String FRENCH = "programme-assistant-ctip-port-vila-2023-fr";
    private static final String ENGLISH = "programme-assistant-ctip-port-vila-2023";
    private static final char NNBSP = '\u202F';

    @TempDir
    static Path work;
    static Path site;
    static String source;

    @BeforeAll
    static void build() throws IOException {
        source = Files.readString(Fixtures.NOTICES.resolve(FRENCH + ".yaml"));
        site = work.resolve("site");
        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, site)).html();
        assertEquals(List.of(), result.problems());
    }

    @Test
    void theFrenchPageHasNarrowNoBreakSpacesBeforeHighMarksAndTypographicApostrophes() {
        String text = Fixtures.page(site.resolve(FRENCH + ".html")).body().text();
        Matcher spaced = Pattern.compile("[ \\u00A0\\p{L}][:;!?](?=\\s|$)").matcher(text);
        assertFalse(spaced.find(), () -> "a high mark without its narrow space: '"
                + text.substring(Math.max(0, spaced.start() - 30), spaced.end()) + "'");
        assertTrue(text.contains(NNBSP + ":"), "the labels end in a narrow space and a colon");
        assertFalse(Pattern.compile("\\p{L}'\\p{L}").matcher(text).find(), "no straight apostrophe in an elision");
        assertTrue(text.contains("l’"), text);
    }

    @Test
    void theSourceFileAndTheEnglishPageAreUnchanged() throws IOException {
        assertEquals(source, Files.readString(Fixtures.NOTICES.resolve(FRENCH + ".yaml")));
        Document english = Fixtures.page(site.resolve(ENGLISH + ".html"));
        assertFalse(english.body().text().indexOf(NNBSP) >= 0, "English is set with its own spaces");
    }

    @Test
    void guillemetsHoldNarrowSpacesAndEntitiesAndTimesAreLeftAlone() {
        assertEquals("«\u202Fdroits\u202F» et l’accès\u202F; à 23:59 &amp; https://x.org",
                org.vacancypress.core.render.typography.Typography.apply(
                        "<p lang=\"fr\">« droits » et l'accès ; à 23:59 &amp; https://x.org</p>")
                        .replaceAll("</?p[^>]*>", ""));
        assertEquals("<p lang=\"fr\">Lieu\u202F: <span lang=\"en\">Note: IOM's</span></p>",
                org.vacancypress.core.render.typography.Typography.apply(
                        "<p lang=\"fr\">Lieu : <span lang=\"en\">Note: IOM's</span></p>"));
    }
}
