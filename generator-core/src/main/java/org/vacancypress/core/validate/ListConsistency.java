package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;

/**
 * The items of one list alike: all ending with a punctuation mark or none, and the last not
 * ending with a conjunction that announces an item that is not there.
 */
final class ListConsistency implements LintCheck {

    /** The conjunctions that join a list's last two items, in each language notices are written in. */
    private static final Map<Language, Set<String>> CONJUNCTIONS = Map.of(
            Language.EN, Set.of("and", "or", "nor", "and/or"),
            Language.FR, Set.of("et", "ou", "ni", "et/ou"),
            Language.ES, Set.of("y", "e", "o", "u", "ni", "y/o"),
            Language.AR, Set.of("و", "أو", "او"));
    /** The marks that close an item: "required.", "needs;". */
    private static final String CLOSING_MARKS = ".;:,!?؛،؟…";
    /** What may follow a closing mark: a closing bracket or quote, emphasis, spaces ("(see below).", "*urgent*."). */
    private static final String AFTER_CLOSING_MARK = " \t\n\u000B\f\r)]\"'’”»*_";

    /**
     * How an item ends.
     *
     * @param lastWord its last word in lower case, "" if it has none: the last run of letters and
     *     slashes, with only spaces and punctuation after it ("required; and," gives "and")
     * @param punctuated whether a closing mark ends it, before any closing conjunction ("required; and")
     */
    record Ending(String lastWord, boolean punctuated) {

        /**
         * Read backwards from the end of the stripped item: the regular expressions that define
         * it ({@code ([\p{L}/]+)[\s\p{P}&&[^/]]*$} and {@code [.;:,!?؛،؟…][\s)\]"'’”»*_]*$},
         * ListEndingTest) are tried from every letter of the item, and were a third of the linter.
         */
        static Ending of(String item, Set<String> conjunctions) {
            String text = item.strip();
            int wordEnd = end(text);
            while (wordEnd > 0 && isAfterLastWord(text.codePointBefore(wordEnd))) {
                wordEnd -= Character.charCount(text.codePointBefore(wordEnd));
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && isWordCharacter(text.codePointBefore(wordStart))) {
                wordStart -= Character.charCount(text.codePointBefore(wordStart));
            }
            String lastWord = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            String beforeConjunction = !lastWord.isEmpty() && conjunctions.contains(lastWord)
                    ? text.substring(0, wordStart).strip() : text;
            return new Ending(lastWord, endsWithClosingMark(beforeConjunction));
        }

        private static boolean endsWithClosingMark(String text) {
            int at = end(text);
            while (at > 0 && AFTER_CLOSING_MARK.indexOf(text.charAt(at - 1)) >= 0) {
                at--;
            }
            return at > 0 && CLOSING_MARKS.indexOf(text.charAt(at - 1)) >= 0;
        }

        /**
         * Where "$" reads a stripped text as ending: before a final U+0085, the one line
         * terminator that {@code strip()} leaves, as Java counts it no space.
         */
        private static int end(String text) {
            int length = text.length();
            return length > 0 && text.charAt(length - 1) == '\u0085' ? length - 1 : length;
        }

        private static boolean isWordCharacter(int c) {
            return c == '/' || Character.isLetter(c);
        }

        /** {@code \s} or punctuation, but not the slash of "and/or". */
        private static boolean isAfterLastWord(int c) {
            if (c == '/') {
                return false;
            }
            if (PatternClasses.isSpace(c)) {
                return true;
            }
            return switch (Character.getType(c)) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
                default -> false;
            };
        }
    }

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        Set<String> conjunctions = CONJUNCTIONS.getOrDefault(notice.language(), Set.of());
        for (NoticeList list : NoticeList.of(notice)) {
            if (list.items().isEmpty()) {
                continue;
            }
            List<Ending> endings = new ArrayList<>(list.items().size());
            for (String item : list.items()) {
                endings.add(Ending.of(item, conjunctions));
            }
            mixedPunctuation(list, endings, found);
            int last = list.items().size() - 1;
            String lastWord = endings.get(last).lastWord();
            if (conjunctions.contains(lastWord)) {
                NoticeText item = new NoticeText(list.itemPath(last), list.items().get(last));
                found.in(LintRule.DANGLING_CONJUNCTION, item, item.value().strip(), "the last item of '" + list.field()
                        + "' ends with '" + lastWord + "', announcing an item that is not there: delete the '" + lastWord
                        + "', or add the missing item");
            }
        }
    }

    /** The items that end unlike most of their list, the first of them pointed at. */
    private static void mixedPunctuation(NoticeList list, List<Ending> endings, Findings found) {
        int punctuated = 0;
        for (Ending ending : endings) {
            punctuated += ending.punctuated() ? 1 : 0;
        }
        if (punctuated == 0 || punctuated == endings.size()) {
            return;
        }
        boolean oddOnesPunctuated = punctuated * 2 < endings.size();
        for (int i = 0; i < endings.size(); i++) {
            if (endings.get(i).punctuated() == oddOnesPunctuated) {
                String item = list.items().get(i);
                found.at(LintRule.LIST_PUNCTUATION, list.itemPath(i), "'" + Texts.abbreviate(item) + "' ends "
                        + (oddOnesPunctuated ? "with a punctuation mark" : "with none") + ", unlike "
                        + (oddOnesPunctuated ? endings.size() - punctuated : punctuated) + " other items of '"
                        + list.field() + "': end all its items alike");
                return;
            }
        }
    }
}
