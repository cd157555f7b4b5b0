package org.vacancypress.core.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcuts (plain text without flexmark, flexmark without autolinks for text with no bare
 * link) give what flexmark with autolinks gives, for every line the real notices hold and for
 * lines that look plain or hold markup and links.
 */
class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void everyLineOfTheRealNoticesAndTranslationsRendersAsThroughFlexmark() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "notices"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String text = line.replaceFirst("^\\s*(- )?([A-Za-z]+: )?", "").strip();
                    if (!text.isEmpty() && !text.startsWith("#")) {
                        lines.add(text);
                    }
                }
            }
        }
        assertTrue(lines.size() > 1000, "lines read: " + lines.size());
        for (String line : lines) {
            assertEquals(markdown.byFlexmark(line), markdown.block(line), line);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1. Numbered", "2) Numbered", "- item", "+ item", "> quote", "=", "Text  ", " Lead",
        "Mail x@y.org", "See www.iom.int now", "Visit https://iom.int", "a *b* c", "a_b_c", "Tom's \"quoted\" = 3 + 4",
        "L’OIM œuvre à promouvoir", "موظف حماية وطني", "Ends with a colon:", "100% (of) {all}; [x]", "a & b", "x < y",
        "*See* www.iom.int", "**Write** to x@y.org", "- [link](https://iom.int) and https://iom.int/x", "- a\n- b",
        "One\n\nTwo at WWW.IOM.INT", "ftp://files.iom.int *now*", "Mail <recruit@iom.int>", "*no link* here",
        "see www\\.example.org today", "see http:\\//example.org today", "see www&period;example.org *x*"})
    void linesThatMayBeMarkupOrLookPlainRenderAsThroughFlexmark(String line) {
        assertEquals(markdown.byFlexmark(line), markdown.block(line), line);
    }
}
