package org.vacancypress.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The glued-text rule's heading test, read by hand, is its definition by regular expressions:
 * on every line of the real texts and on random lines, each stripped as the rule reads it.
 */
class HeadingLikeTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_AS_SENTENCE = Pattern.compile("[.:;!?,]$");

    private static boolean byDefinition(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0)) && SPACES.split(line).length <= 8
                && !ENDS_AS_SENTENCE.matcher(line).find() && !TextDefects.LIST_ITEM.matcher(line).find();
    }

    private static void assertAsDefined(Stream<String> texts) {
        texts.flatMap(String::lines).map(String::strip).forEach(line -> assertEquals(byDefinition(line),
                TextDefects.isHeadingLike(line), () -> "for: " + RandomText.codePoints(line)));
    }

    @Test
    void theHeadingTestIsTheDefinitionsOnEveryLineOfTheRealTexts() throws IOException {
        List<String> samples = new ArrayList<>(List.of("Key duties", "Key duties:", "One two three four five six seven eight",
                "One two three four five six seven eight nine", "Duties\u0085", "Duties.\u0085", "- Item", "1. Item"));
        samples.addAll(RealTexts.all());
        assertTrue(samples.stream().flatMap(String::lines).map(String::strip).filter(HeadingLikeTest::byDefinition)
                .count() >= 5, "the real texts give headings");
        assertAsDefined(samples.stream());
    }

    /** Random lines of capitals, words, every {@code \s}, other spaces, closing marks, list markers and U+0085. */
    @Test
    void theHeadingTestIsTheDefinitionsOnRandomLines() {
        String[] alphabet = {"A", "É", "Ж", "a", "word", " ", " ", " ", "\t", "\u000B", "\f", "\n", "\r", "\u0085",
            "\u2028", "\u00A0", ".", ":", ";", "!", "?", ",", "-", "*", "+", "1", "2.", ")", "…"};
        assertAsDefined(RandomText.over(alphabet, 20261128, 200_000, 14));
    }
}
