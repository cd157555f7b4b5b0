package org.vacancypress.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.validate.ListConsistency.Ending;

/**
 * How a list item ends, read backwards by hand, is what the regular expressions that define it
 * give: on every list item and line of the real notices and the example organizations, and on
 * random text over the characters each expression treats specially.
 */
class ListEndingTest {

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}/]+)[\\s\\p{P}&&[^/]]*$");
    private static final Pattern PUNCTUATED = Pattern.compile("[.;:,!?؛،؟…][\\s)\\]\"'’”»*_]*$");
    /** Conjunctions of several languages, one with a slash, one in Arabic script. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "and/or", "et", "o", "و", "أو");

    private static Ending byDefinition(String item) {
        String text = item.strip();
        Matcher word = LAST_WORD.matcher(text);
        String lastWord = word.find() ? word.group(1).toLowerCase(Locale.ROOT) : "";
        if (CONJUNCTIONS.contains(lastWord)) {
            text = text.substring(0, word.start()).strip();
        }
        return new Ending(lastWord, PUNCTUATED.matcher(text).find());
    }

    @Test
    void theEndingIsTheDefinitionsOnEveryItemOfTheRealNotices() throws IOException {
        List<String> samples = new ArrayList<>(List.of("", ".", "and", "x and", "x; and", "x; and,", "x, and/or",
                "x;\u0085", "x and\u0085", "x and\u0085\u0085", "(see below).", "*urgent*.", "x.”", "x و", "x؛ أو",
                "x…", "x / y", "x/", "and/"));
        samples.addAll(RealTexts.all());
        assertTrue(samples.size() > 2000, "the real notices give items to compare");
        assertTrue(samples.stream().anyMatch(s -> byDefinition(s).punctuated())
                && samples.stream().anyMatch(s -> !byDefinition(s).punctuated()), "items of both endings");
        for (String sample : samples) {
            assertEquals(byDefinition(sample), Ending.of(sample, CONJUNCTIONS), "for: " + sample);
        }
    }

    /**
     * Random strings over letters of three scripts and of the conjunctions, the slash, ASCII
     * and other punctuation (some of it closing quotes and marks), spaces, digits, symbols,
     * every line terminator "$" stops before, and a letter and a punctuation mark outside the
     * Basic Multilingual Plane.
     */
    @Test
    void theEndingIsTheDefinitionsOnRandomText() {
        String[] alphabet = {"a", "n", "d", "o", "r", "A", "N", "D", "é", "ß", "و", "أ", "ب", "ж", "/", "/",
            new String(Character.toChars(0x10400)), ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "'",
            "*", "_", "-", "…", "؛", "،", "؟", "»", "«", "”", "“", "’", "–", new String(Character.toChars(0x10100)),
            " ", " ", "\t", "\u00A0", "\u2003", "\u000B", "\f", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029",
            "1", "٣", "$", "+", "©", "€"};
        RandomText.over(alphabet, 20261124, 300_000, 10).forEach(sample -> assertEquals(byDefinition(sample),
                Ending.of(sample, CONJUNCTIONS), () -> "for: " + RandomText.codePoints(sample)));
    }
}
