package org.vacancypress.core.validate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vacancypress.core.model.Notice;

/** Characters the PDF's font cannot draw: they would print as "#", so each is warned where it is written. */
final class UnprintableCharacters implements LintCheck {

    /** Encoding damage is {@link LintRule#ENCODING_DAMAGE}'s to report, not this rule's. */
    private static final Pattern MOJIBAKE = Pattern.compile("[โย\\uFFFD]");

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        for (NoticeText text : texts) {
            text.value().codePoints().filter(c -> !PrintableCharacters.printable(c)).distinct().forEach(c -> {
                String character = Character.toString(c);
                if (MOJIBAKE.matcher(character).matches()) {
                    return;
                }
                found.in(LintRule.NO_GLYPH, text, character, "'" + character + "' (U+"
                        + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                        + ") has no glyph in the PDF's font and would print as '#': write it in words or leave it out");
            });
        }
    }
}
