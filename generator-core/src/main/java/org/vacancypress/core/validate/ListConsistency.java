package org.vacancypress.core.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** The last word of an item and what follows it: "required; and," gives "and". */
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}/]+)[\\s\\p{P}&&[^/]]*$");
    /** A closing punctuation mark, perhaps inside a closing bracket or quote: "(see below).", "needs;". */
    private static final Pattern PUNCTUATED = Pattern.compile("[.;:,!?؛،؟…][\\s)\\]\"'’”»*_]*$");

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        Set<String> conjunctions = CONJUNCTIONS.getOrDefault(notice.language(), Set.of());
        for (NoticeList list : NoticeList.of(notice)) {
            if (list.items().isEmpty()) {
                continue;
            }
            mixedPunctuation(list, conjunctions, found);
            int last = list.items().size() - 1;
            String lastWord = lastWord(list.items().get(last));
            if (conjunctions.contains(lastWord)) {
                NoticeText item = new NoticeText(list.itemPath(last), list.items().get(last));
                found.in(LintRule.DANGLING_CONJUNCTION, item, item.value().strip(), "the last item of '" + list.field()
                        + "' ends with '" + lastWord + "', announcing an item that is not there: delete the '" + lastWord
                        + "', or add the missing item");
            }
        }
    }

    /** The items that end unlike most of their list, the first of them pointed at. */
    private static void mixedPunctuation(NoticeList list, Set<String> conjunctions, Findings found) {
        int punctuated = 0;
        for (String item : list.items()) {
            punctuated += isPunctuated(item, conjunctions) ? 1 : 0;
        }
        if (punctuated == 0 || punctuated == list.items().size()) {
            return;
        }
        boolean oddOnesPunctuated = punctuated * 2 < list.items().size();
        for (int i = 0; i < list.items().size(); i++) {
            if (isPunctuated(list.items().get(i), conjunctions) == oddOnesPunctuated) {
                String item = list.items().get(i);
                found.at(LintRule.LIST_PUNCTUATION, list.itemPath(i), "'" + Texts.abbreviate(item) + "' ends "
                        + (oddOnesPunctuated ? "with a punctuation mark" : "with none") + ", unlike "
                        + (oddOnesPunctuated ? list.items().size() - punctuated : punctuated) + " other items of '"
                        + list.field() + "': end all its items alike");
                return;
            }
        }
    }

    /** Whether the item ends with a punctuation mark, before any closing conjunction ("required; and"). */
    private static boolean isPunctuated(String item, Set<String> conjunctions) {
        String text = item.strip();
        String last = lastWord(text);
        if (conjunctions.contains(last)) {
            Matcher word = LAST_WORD.matcher(text);
            if (word.find()) {
                text = text.substring(0, word.start()).strip();
            }
        }
        return PUNCTUATED.matcher(text).find();
    }

    private static String lastWord(String item) {
        Matcher word = LAST_WORD.matcher(item.strip());
        return word.find() ? word.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
