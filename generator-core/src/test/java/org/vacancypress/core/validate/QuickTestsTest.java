package org.vacancypress.core.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quick tests before a rule's pattern pass over a text only where the pattern finds
 * nothing: on every text of the real notices and on random text over the characters the
 * pattern and its quick test look for.
 */
class QuickTestsTest {

    private static void assertNoneMissed(Predicate<String> quickTest, Pattern pattern, List<String> texts) {
        for (String text : texts) {
            assertTrue(quickTest.test(text) || !pattern.matcher(text).find(), () -> "passed over, yet "
                    + pattern + " finds something in: " + RandomText.codePoints(text));
        }
        assertTrue(texts.stream().filter(pattern.asPredicate()).count() >= 10, "texts the pattern finds something in");
    }

    private static List<String> realTextsAnd(String... more) throws IOException {
        List<String> texts = new ArrayList<>(List.of(more));
        texts.addAll(RealTexts.all());
        return texts;
    }

    @Test
    void noReferenceIsPassedOver() throws IOException {
        String deseret = new String(Character.toChars(0x10400)) + new String(Character.toChars(0x10401));
        assertNoneMissed(ReferenceConsistency::mayHoldReference, ReferenceConsistency.REFERENCE,
                realTextsAnd("PAO-26", "see VN/2025.", "SDG-5 and SDG-16", "ΩΔ-1", deseret + "-7"));
        String[] alphabet = {"A", "B", "Z", "É", "Ω", "Ж", new String(Character.toChars(0x10400)), "a", "é", "-", "/",
            "–", "0", "7", "9", "٣", "²", " ", "_", ".", "\n"};
        assertNoneMissed(ReferenceConsistency::mayHoldReference, ReferenceConsistency.REFERENCE,
                RandomText.over(alphabet, 20261126, 200_000, 10).toList());
    }

    @Test
    void noCodeLinkOrAddressIsPassedOver() throws IOException {
        assertNoneMissed(MarkdownDamage::mayHoldNonText, MarkdownDamage.NOT_TEXT, realTextsAnd("`code`",
                "[the guide](https://example.org)", "<https://example.org>", "see WWW.example.org", "a@b.org",
                "HTTP://x", "wWw.x"));
        String[] alphabet = {"`", "]", "(", ")", "[", "<", ">", "@", ":", "/", "//", "http", "s", "w", "W", "www",
            "ｗ", ".", "a", "b", "-", "+", "_", " ", "\n", "é"};
        assertNoneMissed(MarkdownDamage::mayHoldNonText, MarkdownDamage.NOT_TEXT,
                RandomText.over(alphabet, 20261127, 200_000, 10).toList());
    }
}
