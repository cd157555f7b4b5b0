package org.vacancypress.core.validate;

import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Random text for proving a hand-written scan equal to the regular expressions that define it. */
final class RandomText {

    private RandomText() {
    }

    /**
     * The same texts at every run: each of fewer than {@code pieces} pieces of the alphabet (a
     * piece may be more than one character: "\r\n", a surrogate pair).
     */
    static Stream<String> over(String[] alphabet, long seed, int count, int pieces) {
        Random random = new Random(seed);
        return Stream.generate(() -> {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(pieces); length > 0; length--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            return text.toString();
        }).limit(count);
    }

    /** The text as its code points, since most of the alphabet prints as nothing or as a space. */
    static String codePoints(String text) {
        return text.codePoints().mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" ", "[", "]"));
    }
}
