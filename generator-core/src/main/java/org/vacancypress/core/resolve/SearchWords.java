package org.vacancypress.core.resolve;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vacancypress.core.model.Notice;

/** What the site's search finds a notice by: the words particular to it, folded as the site's script folds. */
public final class SearchWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /**
     * The distinct words of what is particular to the notice (not the boilerplate every notice
     * shares), lower case, for the site's search: small enough to ship with the index.
     *
     * @param facts the notice's {@link NoticeViews#facts}, which name its country in its language
     */
    public static String of(Notice notice, NoticeFacts facts) {
        return of(notice, facts, ofTexts(notice));
    }

    /**
     * As {@link #of(Notice, NoticeFacts)}, for a notice known by its {@link Notice#outline()
     * outline} and the words of its texts as {@link #ofTexts} found them.
     */
    public static String of(Notice outline, NoticeFacts facts, String textWords) {
        Stream<String> outlined = Stream.of(
                Stream.of(outline.title(), outline.reference(), outline.grade().orElse(""), outline.dutyStation().city(),
                        facts.countryName()),
                outline.unit().stream(), outline.occupationalGroups().stream(), outline.languages().required().stream(),
                outline.languages().advantage().stream(),
                facts.dutyStations().stream().skip(1).flatMap(station -> Stream.of(station.city(), station.countryName())))
                .flatMap(s -> s);
        Set<String> words = new LinkedHashSet<>();
        outlined.forEach(text -> addWords(foldForSearch(text), words));
        // Each word once, in the order first found: adding the texts' own distinct words adds what adding the texts would.
        addWords(textWords, words);
        return String.join(" ", words);
    }

    /**
     * The distinct words of the notice's texts, which its outline lacks (context, duties,
     * education, experience, skills): kept with the outline, so that the search index of a
     * site needs no notice read whole.
     */
    public static String ofTexts(Notice notice) {
        Stream<String> texts = Stream.of(Stream.of(notice.context()), notice.duties().stream(),
                notice.education().stream(), notice.experience().stream(), notice.skills().stream()).flatMap(s -> s);
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(text -> addWords(foldForSearch(text), words));
        return String.join(" ", words);
    }

    /** Adds the runs of letters and digits of {@code text}: "p" and "3" of "p-3". */
    private static void addWords(String text, Set<String> words) {
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Lower case without accents, as the site's script folds what a candidate types: "Côte" finds "cote". */
    private static String foldForSearch(String text) {
        // Most text is ASCII, which decomposes to itself and carries no mark.
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        String unmarked = ascii ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return unmarked.toLowerCase(Locale.ROOT);
    }
}
