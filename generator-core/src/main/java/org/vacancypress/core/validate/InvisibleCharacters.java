package org.vacancypress.core.validate;

import java.util.List;
import java.util.Locale;
import org.vacancypress.core.model.Notice;

/**
 * Characters that change how text shows without showing themselves: a right-to-left override
 * turns "Tripoli" into "ilopirT" and can reorder a page's words around it, a zero-width space
 * hides inside a word so that searching for it fails. Marks a script needs (the left-to-right
 * and right-to-left marks, the zero-width joiner and non-joiner) are not warned.
 */
final class InvisibleCharacters implements LintCheck {

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        for (NoticeText text : texts) {
            text.value().codePoints().filter(InvisibleCharacters::invisible).distinct().forEach(c -> {
                String name = Character.getName(c);
                found.in(LintRule.INVISIBLE_CHARACTER, text, Character.toString(c), "an invisible "
                        + (bidirectional(c) ? "bidirectional control" : "character") + " U+"
                        + Integer.toHexString(c).toUpperCase(Locale.ROOT) + (name == null ? "" : " (" + name + ")")
                        + " in '" + text.path() + "'" + (bidirectional(c) ? " reorders the text around it" : "")
                        + ": delete it (it was probably pasted with the text)");
            });
        }
    }

    /** Embeddings, overrides and isolates: text after them displays in another direction. */
    static boolean bidirectional(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    static boolean invisible(int c) {
        return bidirectional(c) || c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x180E
                || c >= 0x2061 && c <= 0x2064 || c >= 0xE0000 && c <= 0xE007F;
    }
}
