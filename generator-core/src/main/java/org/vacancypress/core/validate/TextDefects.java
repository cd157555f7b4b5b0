package org.vacancypress.core.validate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Notice;

/** Damage inside one text: mojibake and control characters, text run together, placeholders, wrong counts. */
final class TextDefects implements LintCheck {

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern MOJIBAKE = Pattern.compile("â€|Ã[\\u0080-\\u00BF]|Â[\\u0080-\\u00BF ]|[โย]|\\uFFFD");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern GLUED_SENTENCE = Pattern.compile("[a-z)][.;:](?=[A-Z][a-z])");
    private static final Pattern GLUED_NUMBER = Pattern.compile("(?<![\\d.,])\\b\\d{1,2}\\.(?=[A-Z][a-z])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\bTODO\\b");
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)\\b(?:these|the following|following)\\s+(\\d{1,2}|" + String.join("|", NUMBER_WORDS) + ")\\s[^:]*:\\s*$");
    static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        for (NoticeText text : texts) {
            Signs signs = Signs.of(text.value());
            encoding(text, signs, found);
            glued(text, signs, found);
            placeholders(text, found);
            counts(text, signs, found);
        }
    }

    /**
     * What one pass over a text finds that the rules' patterns cannot match without: most texts
     * show none, and then no pattern runs (they were a third of a build that changed one notice).
     *
     * @param capitalAfterStop a full stop, semicolon or colon right before a capital: glued text needs one
     * @param mojibakeLead a character that starts every kind of encoding damage the rule knows
     * @param control a control character other than tab, line feed and carriage return
     * @param colon a colon: a count announcing a list ends its line with one
     * @param lines more than one line: a heading can be glued only to a next line
     */
    private record Signs(boolean capitalAfterStop, boolean mojibakeLead, boolean control, boolean colon,
            boolean lines) {

        static Signs of(String text) {
            boolean capitalAfterStop = false;
            boolean mojibakeLead = false;
            boolean control = false;
            boolean colon = false;
            boolean lines = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 'A' && c <= 'z') {
                    // Most characters are ASCII letters: no sign is one, nor one of the six marks between Z and a.
                    continue;
                }
                boolean stop = c == '.' || c == ';' || c == ':';
                capitalAfterStop |= stop && i + 1 < text.length() && text.charAt(i + 1) >= 'A' && text.charAt(i + 1) <= 'Z';
                mojibakeLead |= c == 'â' || c == 'Ã' || c == 'Â' || c == 'โ' || c == 'ย' || c == '\uFFFD';
                control |= c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
                colon |= c == ':';
                lines |= c == '\n' || c == '\r';
            }
            return new Signs(capitalAfterStop, mojibakeLead, control, colon, lines);
        }
    }

    private static void encoding(NoticeText text, Signs signs, Findings found) {
        Matcher mojibake = MOJIBAKE.matcher(text.value());
        if (signs.mojibakeLead() && mojibake.find()) {
            found.in(LintRule.ENCODING_DAMAGE, text, mojibake.group(), "encoding damage '" + mojibake.group()
                    + "' in '" + Texts.abbreviate(around(text.value(), mojibake.start())) + "': retype the character"
                    + " (it was probably an apostrophe, a dash or a space)");
        }
        Matcher control = CONTROL.matcher(text.value());
        if (signs.control() && control.find()) {
            // Written as an escape ("\x07"), the character itself is nowhere in the file: point at the value.
            found.at(LintRule.ENCODING_DAMAGE, text.path(), "a control character (U+"
                    + String.format(Locale.ROOT, "%04X", (int) control.group().charAt(0)) + ") in '" + text.path()
                    + "': delete it");
        }
    }

    private static void glued(NoticeText text, Signs signs, Findings found) {
        for (Pattern pattern : List.of(GLUED_SENTENCE, GLUED_NUMBER)) {
            Matcher glued = pattern.matcher(text.value());
            if (signs.capitalAfterStop() && glued.find()) {
                String snippet = wordsAround(text.value(), glued.start(), glued.end());
                found.in(LintRule.GLUED_TEXT, text, snippet, "text run together at '" + snippet
                        + "': put a space or a line break between the two, or make them two items");
                return;
            }
        }
        if (!signs.lines()) {
            return;
        }
        List<String> lines = text.value().lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = lines.get(i + 1).strip();
            boolean startsParagraph = i == 0 || lines.get(i - 1).isBlank();
            if (startsParagraph && isHeadingLike(line) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                    && !LIST_ITEM.matcher(next).find()) {
                found.in(LintRule.GLUED_TEXT, text, line, "the line '" + Texts.abbreviate(line)
                        + "' reads as a heading glued to the next sentence: end it with a full stop, or leave a"
                        + " blank line after it");
                return;
            }
        }
    }

    /**
     * Whether a stripped line reads as a heading: a capital first, eight words at most, no
     * closing punctuation ({@code [.:;!?,]$}), no list marker. Read by hand, as it runs on
     * every paragraph of every context.
     */
    static boolean isHeadingLike(String line) {
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        // "$" stops before a final U+0085, the one line terminator lines() and strip() leave.
        int end = line.charAt(line.length() - 1) == '\u0085' ? line.length() - 1 : line.length();
        if (end > 0 && ".:;!?,".indexOf(line.charAt(end - 1)) >= 0) {
            return false;
        }
        int words = 1;
        for (int i = 1; i < line.length(); i++) {
            if (PatternClasses.isSpace(line.charAt(i)) && !PatternClasses.isSpace(line.charAt(i - 1)) && ++words > 8) {
                return false;
            }
        }
        return !LIST_ITEM.matcher(line).find();
    }

    private static void placeholders(NoticeText text, Findings found) {
        if (text.value().contains("TODO") && PLACEHOLDER.matcher(text.value()).find()) {
            found.in(LintRule.PLACEHOLDER, text, "TODO", "'" + text.path().replaceAll("\\[\\d+]", "")
                    + "' still holds a TODO placeholder from vacancy:new: write the real text");
        }
    }

    /** "these three values:" followed by a Markdown list of five items. */
    private static void counts(NoticeText text, Signs signs, Findings found) {
        if (!signs.colon()) {
            return;
        }
        List<String> lines = text.value().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            // The count's pattern needs a colon in the line: most lines have none.
            Matcher counted = COUNTED.matcher(lines.get(i));
            if (lines.get(i).indexOf(':') < 0 || !counted.find()) {
                continue;
            }
            int said = NUMBER_WORDS.contains(counted.group(1).toLowerCase(Locale.ROOT))
                    ? NUMBER_WORDS.indexOf(counted.group(1).toLowerCase(Locale.ROOT)) : Integer.parseInt(counted.group(1));
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            int listed = 0;
            while (j < lines.size() && LIST_ITEM.matcher(lines.get(j)).find()) {
                listed++;
                j++;
            }
            if (listed > 0 && listed != said) {
                String phrase = lines.get(i).substring(counted.start()).strip();
                found.in(LintRule.COUNT_MISMATCH, text, phrase, "'" + Texts.abbreviate(phrase) + "' announces "
                        + said + " but " + listed + " items follow; correct the number or the list");
            }
        }
    }

    /** The run of non-blank characters holding text[start, end): "documentation.Assist". */
    static String wordsAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    private static String around(String text, int index) {
        return text.substring(Math.max(0, index - 15), Math.min(text.length(), index + 15));
    }
}
