package org.vacancypress.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The duplicate-item rule's one-pass key gives what its definition by regular expressions
 * gives: on every line of the real notices and on the edge cases of each expression.
 */
class ComparableItemTest {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{Pd}\\p{Pi}\\p{Pf}’‘]");
    private static final Pattern CLOSING_CONJUNCTION = Pattern.compile("(?<!\\s)\\s+(and|or)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String byDefinition(String item) {
        String unpunctuated = PUNCTUATION.matcher(item.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(CLOSING_CONJUNCTION.matcher(unpunctuated).replaceAll("")).replaceAll(" ").strip();
    }

    @Test
    void theKeyIsTheDefinitionsOnEveryLineOfTheRealNotices() throws IOException {
        List<String> samples = new ArrayList<>(List.of("", " ", "and", " and", "  and  ", "x and", "x, and",
                "Draft reports;", "draft reports, and", "band", "x nor", "x or\n", "x\u00A0and", "x and\u2003",
                "“Quoted” – dashed — text…", "a\t\tb\r\nc", "A.B.C", "(or)", "x ‘and’", "ÉCOLE and", "x\u000Band"));
        try (Stream<Path> files = Files.walk(Path.of("..", "notices"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                samples.addAll(Files.readAllLines(file));
            }
        }
        assertTrue(samples.size() > 500, "the real notices give lines to compare");
        for (String sample : samples) {
            assertEquals(byDefinition(sample), ItemRules.comparable(sample), "for: " + sample);
        }
    }

    /**
     * Random strings over an alphabet of the characters each expression treats specially:
     * letters of the conjunctions, spaces, punctuation, quotes, line separators "$" stops
     * before, a dash outside the Basic Multilingual Plane, non-breaking and em spaces.
     */
    @Test
    void theKeyIsTheDefinitionsOnRandomText() {
        String[] alphabet = {"a", "n", "d", "o", "r", "x", "A", "N", "D", "O", "R", " ", " ", "\t", "\n", "\r",
            "\u000B", "\f", ",", ".", ";", "-", "–", "’", "‘", "“", "\u0085", "\u2028", "\u2029", "\u00A0",
            "\u2003", new String(Character.toChars(0x10EAD)), "é", "ß"};
        RandomText.over(alphabet, 20261123, 200_000, 12).forEach(sample -> assertEquals(byDefinition(sample),
                ItemRules.comparable(sample), () -> "for: " + RandomText.codePoints(sample)));
    }
}
