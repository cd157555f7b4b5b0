package org.vacancypress.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.validate.LayerRepeats.Sentence;

/**
 * The repeated-standard-text rule's sentences, split by hand, and their pairs of words, taken
 * from one key per sentence, are what their definitions give: regular expressions and words
 * joined two by two. On every text of the real notices, the organizations' data and random text.
 */
class LayerRepeatsTest {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+|\\R");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private static List<String> sentencesByDefinition(String text) {
        return SENTENCE_END.splitAsStream(LINK.matcher(text).replaceAll("$1"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The sentences of six words or more, each with its pairs of neighbouring words. */
    private static List<Sentence> longSentencesByDefinition(String text) {
        List<Sentence> found = new ArrayList<>();
        for (String sentence : sentencesByDefinition(text)) {
            String[] words = ItemRules.comparable(sentence).split(" ");
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i + 1 < words.length; i++) {
                pairs.add(words[i] + " " + words[i + 1]);
            }
            if (pairs.size() + 1 >= 6) {
                found.add(new Sentence(sentence, pairs));
            }
        }
        return found;
    }

    private static void assertAsDefined(String text) {
        assertEquals(sentencesByDefinition(text), LayerRepeats.sentences(text), () -> "for: "
                + RandomText.codePoints(text));
        assertEquals(longSentencesByDefinition(text), LayerRepeats.longSentences(text), () -> "for: "
                + RandomText.codePoints(text));
    }

    @Test
    void sentencesAndPairsAreTheDefinitionsOnEveryTextOfTheRealNotices() throws IOException {
        List<String> samples = new ArrayList<>(List.of("", "One two three four five six.", "One two three four five.",
                "See [the guide](https://example.org/a). Then one two three four five six", "[a [b](c) d](e)",
                "x](y", "Apply now!\u2028Six words make a whole sentence here", "a. b? c! d؟ e", "a.\r\n\tb", "a\u0085b",
                "One, two; three – four “five” six and", "one two three four five and six"));
        samples.addAll(RealTexts.all());
        assertTrue(samples.stream().filter(s -> !longSentencesByDefinition(s).isEmpty()).count() > 200,
                "the real notices give long sentences to compare");
        samples.forEach(LayerRepeatsTest::assertAsDefined);
    }

    /**
     * Random text of words, the marks that end a sentence and others, every {@code \s} and
     * line terminator, spaces that are neither, the pieces of a Markdown link, the punctuation
     * a key makes a space and a closing "and".
     */
    @Test
    void sentencesAndPairsAreTheDefinitionsOnRandomText() {
        String[] alphabet = {"a", "and", "or", "x", "Ab", "é", "و", new String(Character.toChars(0x10400)), " ", " ",
            " ", " ", ".", "!", "?", "؟", ",", ";", "-", "–", "’", "“", "\t", "\n", "\r", "\r\n", "\u000B", "\f",
            "\u0085", "\u2028", "\u2029", "\u00A0", "\u2003", "[", "]", "(", ")", "](", "$", "1"};
        RandomText.over(alphabet, 20261125, 200_000, 24).forEach(LayerRepeatsTest::assertAsDefined);
    }
}
