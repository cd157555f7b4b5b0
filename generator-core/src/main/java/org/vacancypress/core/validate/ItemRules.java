package org.vacancypress.core.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Notice;

/** The rules on a notice's lists as a whole: an item written twice, a list written with no item. */
final class ItemRules implements LintCheck {

    /** The ASCII characters a key makes a space ("\\s", "\\p{Punct}"): a table, as every character of every item is looked up. */
    private static final boolean[] ASCII_SEPARATORS = asciiTable(" \t\n\u000B\f\r" + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    /** The line terminators a regular expression's "$" stops before that are not spaces to "\\s". */
    private static final String LINE_SEPARATORS = "\u0085\u2028\u2029";

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        duplicates(texts, found);
        emptySections(notice, found);
    }

    /** The same item twice, in one list or two, once case, punctuation and a closing "and" are set aside. */
    private static void duplicates(List<NoticeText> texts, Findings found) {
        Map<String, NoticeText> seen = new HashMap<>();
        for (NoticeText item : texts) {
            if (!item.isItem() || item.path().startsWith("languages") || item.path().startsWith("groups")) {
                continue;
            }
            String key = comparable(item.value());
            NoticeText first = seen.putIfAbsent(key, item);
            if (first != null) {
                Location original = found.sources().of(first.path());
                found.at(LintRule.DUPLICATE_ITEM, item.path(), "'" + Texts.abbreviate(item.value())
                        + "' repeats the item at line " + original.line() + "; remove one");
            }
        }
    }

    /**
     * An item as duplicates are compared: lower case, punctuation and runs of spaces made one
     * space, without a closing "and" or "or" ("Draft reports;" and "draft reports, and" are
     * one). One pass by hand: three regular expressions over every item were a fifth of a
     * one-notice build.
     */
    static String comparable(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean spaced = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (!isSeparator(c)) {
                key.appendCodePoint(c);
                spaced = false;
            } else if (!spaced) {
                key.append(' ');
                spaced = true;
            }
            i += Character.charCount(c);
        }
        // The conjunction ends the text, or comes before one final line separator, as "$" reads it.
        int end = key.length();
        int body = end > 0 && LINE_SEPARATORS.indexOf(key.charAt(end - 1)) >= 0 ? end - 1 : end;
        int words = body > 0 && key.charAt(body - 1) == ' ' ? body - 1 : body;
        for (String conjunction : List.of(" and", " or")) {
            int at = words - conjunction.length();
            if (at >= 0 && key.indexOf(conjunction, at) == at) {
                key.delete(at, body);
                break;
            }
        }
        return key.toString().strip();
    }

    /** Whether a key makes the character a space: an ASCII space or punctuation mark, a dash, a quotation mark. */
    static boolean isSeparator(int c) {
        if (c < 0x80) {
            return ASCII_SEPARATORS[c];
        }
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean[] asciiTable(String members) {
        boolean[] table = new boolean[0x80];
        members.chars().forEach(c -> table[c] = true);
        return table;
    }

    private static void emptySections(Notice notice, Findings found) {
        Map<String, List<String>> optional = Map.of("occupationalGroups", notice.occupationalGroups(),
                "experience", notice.experience(), "skills", notice.skills(), "notes", notice.notes(),
                "languages.advantage", notice.languages().advantage());
        optional.forEach((field, items) -> {
            if (items.isEmpty() && found.sources().written(field) && found.sources().bound(field)) {
                found.at(LintRule.EMPTY_SECTION, field, "'" + field
                        + "' has no item, so the page would show an empty section; add its items or remove the key");
            }
        });
    }
}
