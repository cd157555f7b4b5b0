package org.vacancypress.core.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Notice;

/**
 * Markdown a copy and paste damaged: emphasis markers glued to the words around them (the page
 * shows "theSpecial ... Stationwith"), markers left open, backslashes and HTML entities a scrape
 * left behind. Code spans, links' addresses and bare addresses are not read: markers are data there.
 */
final class MarkdownDamage implements LintCheck {

    static final Pattern NOT_TEXT = Pattern.compile(
            "`[^`]*`|\\]\\([^)\\s]*\\)|<[^>\\s]+>|(?i:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Asterisks inside a word, or underscores doubled inside one: CommonMark joins or shows them. */
    private static final Pattern GLUED = Pattern.compile("[\\p{L}\\p{N}](?:\\*{1,3}|_{2,3})[\\p{L}\\p{N}]");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^[ \\t]*[*+-][ \\t]+");
    private static final Pattern MARKERS = Pattern.compile("\\*+|_+");
    /** A backslash that escapes no ASCII punctuation and ends no line: "\n" typed out, "Tripoli\ Libya". */
    private static final Pattern STRAY_BACKSLASH = Pattern.compile("\\\\(?![!-/:-@\\[-`{-~]|\\r?\\n|\\z)");
    private static final Pattern ESCAPED = Pattern.compile("\\\\[!-/:-@\\[-`{-~]");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        for (NoticeText text : texts) {
            String value = text.value();
            if (value.indexOf('*') < 0 && value.indexOf('_') < 0 && value.indexOf('\\') < 0 && value.indexOf('&') < 0) {
                continue;
            }
            String prose = mayHoldNonText(value) ? blank(NOT_TEXT, value) : value;
            Matcher glued = GLUED.matcher(prose);
            if (glued.find()) {
                String snippet = TextDefects.wordsAround(value, glued.start(), glued.end());
                found.in(LintRule.MARKDOWN_DAMAGE, text, snippet, "emphasis marker glued to the words in '"
                        + Texts.abbreviate(snippet) + "': the page runs them together; put a space on the outer side"
                        + " of each marker");
            } else {
                unclosed(text, blank(LIST_MARKER, blank(ESCAPED, prose)), found);
            }
            Matcher backslash = STRAY_BACKSLASH.matcher(prose);
            if (backslash.find()) {
                String snippet = TextDefects.wordsAround(value, backslash.start(), backslash.end());
                found.in(LintRule.MARKDOWN_DAMAGE, text, snippet, "stray backslash in '" + Texts.abbreviate(snippet)
                        + "', left from a copy: delete it, or make it the line break or character it stood for");
            }
            Matcher entity = ENTITY.matcher(prose);
            if (entity.find()) {
                found.in(LintRule.MARKDOWN_DAMAGE, text, entity.group(), "HTML entity '" + entity.group()
                        + "' left from a copy: type the character it stands for");
            }
        }
    }

    /**
     * Whether the text has what a code span, a link's address, an address in angle brackets, a
     * web or an e-mail address cannot be without: most texts have none, and the pattern of all
     * five is tried from every letter.
     */
    static boolean mayHoldNonText(String text) {
        if (text.indexOf('`') >= 0 || text.indexOf("](") >= 0 || text.indexOf('<') >= 0 || text.indexOf('@') >= 0
                || text.indexOf("://") >= 0) {
            return true;
        }
        for (int dot = text.indexOf('.', 3); dot > 0; dot = text.indexOf('.', dot + 1)) {
            if (isW(text.charAt(dot - 3)) && isW(text.charAt(dot - 2)) && isW(text.charAt(dot - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "w" as the pattern's {@code (?i)} reads it: ASCII only. */
    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /**
     * The first emphasis marker nothing closes, by CommonMark's flanking: a run opens when a
     * non-space follows it and closes an open run of its length when a non-space precedes it.
     */
    private static void unclosed(NoticeText text, String prose, Findings found) {
        Deque<Run> open = new ArrayDeque<>();
        Matcher markers = MARKERS.matcher(prose);
        while (markers.find()) {
            char before = markers.start() > 0 ? prose.charAt(markers.start() - 1) : ' ';
            char after = markers.end() < prose.length() ? prose.charAt(markers.end()) : ' ';
            if (markers.group().charAt(0) == '_' && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                continue;
            }
            if (!Character.isWhitespace(before) && !open.isEmpty() && open.peek().marker().equals(markers.group())) {
                open.pop();
            } else if (!Character.isWhitespace(after)) {
                open.push(new Run(markers.group(), markers.start(), markers.end()));
            }
        }
        if (!open.isEmpty()) {
            Run first = open.peekLast();
            String snippet = TextDefects.wordsAround(text.value(), first.start(), first.end());
            found.in(LintRule.MARKDOWN_DAMAGE, text, snippet, "'" + first.marker() + "' opens emphasis in '"
                    + Texts.abbreviate(snippet) + "' that nothing closes: the page shows the marker; close it or delete it");
        }
    }

    private record Run(String marker, int start, int end) {
    }

    /** The text with each match of the pattern made spaces, so that places in it stay those of the text. */
    private static String blank(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        do {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (matcher.find());
        return blanked.toString();
    }
}
