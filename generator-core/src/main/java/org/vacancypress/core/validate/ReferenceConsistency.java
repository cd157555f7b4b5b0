package org.vacancypress.core.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vacancypress.core.model.Notice;

/**
 * A reference written two ways in one notice: "PAO-26" here, "PAO-27" there. Two numbers of one
 * series that differ in one digit are a slip far more often than two references; numbers of
 * different lengths ("SDG-5", "SDG-16") are taken as different references.
 */
final class ReferenceConsistency implements LintCheck {

    /** Capitals, then a dash or slash, then digits: "PAO-26", "VN/2025". */
    static final Pattern REFERENCE = Pattern.compile("\\b(\\p{Lu}{2,}[-/])(\\d+)\\b");
    private static final char[] SERIES_MARKS = {'-', '/'};

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        Map<String, String> firstBySeries = new HashMap<>();
        for (NoticeText text : texts) {
            if (!mayHoldReference(text.value())) {
                continue;
            }
            Matcher reference = REFERENCE.matcher(text.value());
            while (reference.find()) {
                String series = reference.group(1);
                String first = firstBySeries.putIfAbsent(series, reference.group(2));
                if (first != null && oneDigitApart(first, reference.group(2))) {
                    found.in(LintRule.INCONSISTENT_REFERENCE, text, reference.group(), "'" + reference.group()
                            + "' is written '" + series + first + "' earlier in the notice: correct the one that is wrong");
                    return;
                }
            }
        }
    }

    /**
     * Whether a capital comes right before a dash or slash and a digit right after it, as in
     * every reference. Most texts have none, and the pattern is tried from every character.
     */
    static boolean mayHoldReference(String text) {
        for (char mark : SERIES_MARKS) {
            for (int at = text.indexOf(mark, 1); at > 0 && at + 1 < text.length(); at = text.indexOf(mark, at + 1)) {
                char next = text.charAt(at + 1);
                if (next >= '0' && next <= '9' && Character.getType(text.codePointBefore(at)) == Character.UPPERCASE_LETTER) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean oneDigitApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            differences += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        return differences == 1;
    }
}
