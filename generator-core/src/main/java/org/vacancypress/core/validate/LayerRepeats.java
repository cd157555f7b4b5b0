package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.StandardNote;
import org.vacancypress.core.model.Translation;

/**
 * A notice's own sentence that the organization's standard text already gives it: a standard
 * note that applies to the notice, or a boilerplate paragraph every notice prints. Near repeats
 * count: most of the sentence's word pairs found in one standard sentence.
 */
final class LayerRepeats implements LintCheck {

    /** A sentence of fewer words is too short to call a repeat: "Travel is required." */
    private static final int MINIMUM_WORDS = 6;
    /** The share of a sentence's word pairs a standard sentence must hold for it to be a repeat. */
    private static final double REPEATED_SHARE = 0.8;
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    /** A sentence of a notice's text, and its pairs of neighbouring words as duplicates are compared. */
    record Sentence(String text, Set<String> pairs) {
    }

    /**
     * @param where what the reader of the warning knows the text as
     * @param appliesTo whether a notice prints it
     */
    private record Standard(String where, String sentence, Set<String> pairs, Predicate<Notice> appliesTo) {
    }

    /** The standard sentences of one language, and which of them hold each word pair. */
    private record Standards(List<Standard> sentences, Map<String, List<Integer>> byPair) {

        static Standards of(List<Standard> sentences) {
            Map<String, List<Integer>> byPair = new HashMap<>();
            for (int i = 0; i < sentences.size(); i++) {
                for (String pair : sentences.get(i).pairs()) {
                    byPair.computeIfAbsent(pair, key -> new ArrayList<>()).add(i);
                }
            }
            return new Standards(List.copyOf(sentences), byPair);
        }

        /** The first standard sentence the notice prints that holds most of the pairs. */
        Optional<Standard> repeatedBy(Set<String> pairs, Notice notice) {
            int[] shared = new int[sentences.size()];
            for (String pair : pairs) {
                for (int i : byPair.getOrDefault(pair, List.of())) {
                    shared[i]++;
                }
            }
            for (int i = 0; i < shared.length; i++) {
                if (shared[i] >= REPEATED_SHARE * pairs.size() && sentences.get(i).appliesTo().test(notice)) {
                    return Optional.of(sentences.get(i));
                }
            }
            return Optional.empty();
        }
    }

    private final Organization organization;
    private final Map<Language, Standards> standards = new EnumMap<>(Language.class);

    LayerRepeats(Organization organization) {
        this.organization = organization;
    }

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        Standards known = standardsIn(notice.language());
        for (NoticeText text : texts) {
            if (!text.path().equals("context") && !text.isItem()) {
                continue;
            }
            for (Sentence sentence : longSentences(text.value())) {
                Optional<Standard> repeated = known.repeatedBy(sentence.pairs(), notice);
                if (repeated.isPresent()) {
                    String written = sentence.text();
                    found.in(LintRule.REPEATS_STANDARD_TEXT, text, written.substring(0, Math.min(20, written.length())),
                            "'" + Texts.abbreviate(written) + "' repeats " + repeated.get().where()
                                    + ", which the notice prints too: remove it from the notice");
                    break;
                }
            }
        }
    }

    private synchronized Standards standardsIn(Language language) {
        return standards.computeIfAbsent(language, this::standards);
    }

    /** The organization's standard sentences in the language, its English where a translation lacks one. */
    private Standards standards(Language language) {
        Optional<Translation> translation = Optional.ofNullable(organization.translations().get(language));
        List<Standard> found = new ArrayList<>();
        for (StandardNote note : organization.notes()) {
            String text = translation.map(t -> t.notes().get(note.id())).orElse(note.text());
            add(found, "the standard note '" + note.id() + "'", text, note::appliesTo);
        }
        OrganizationTexts.paragraphs(organization).forEach((key, english) -> add(found, "the organization's '" + key + "'",
                translation.flatMap(t -> t.text(key)).orElse(english), notice -> true));
        List<String> howToApply = translation.map(t -> t.lists().get("howToApply")).orElse(organization.howToApply());
        howToApply.forEach(paragraph -> add(found, "the organization's 'howToApply'", paragraph, notice -> true));
        return Standards.of(found);
    }

    private static void add(List<Standard> standards, String where, String text, Predicate<Notice> appliesTo) {
        for (String sentence : sentences(text)) {
            standards.add(new Standard(where, sentence, pairs(ItemRules.comparable(sentence)), appliesTo));
        }
    }

    /**
     * The sentences of a notice's text with words enough to call a repeat, in order. Most items
     * are passed over without taking them apart: a text or sentence with too few spaces and
     * punctuation marks cannot hold so many words.
     */
    static List<Sentence> longSentences(String text) {
        if (!mayHaveWords(text, MINIMUM_WORDS)) {
            return List.of();
        }
        List<Sentence> found = new ArrayList<>();
        for (String sentence : sentences(text)) {
            String key = ItemRules.comparable(sentence);
            if (mayHaveWords(key, MINIMUM_WORDS)) {
                Set<String> pairs = pairs(key);
                if (pairs.size() + 1 >= MINIMUM_WORDS) {
                    found.add(new Sentence(sentence, pairs));
                }
            }
        }
        return found;
    }

    /**
     * Whether the text has room for so many words as duplicates are compared: they are
     * separated by spaces and punctuation, which lower case neither adds nor takes away.
     */
    private static boolean mayHaveWords(String text, int words) {
        int separators = 0;
        for (int i = 0; i < text.length() && separators + 1 < words; ) {
            int c = text.codePointAt(i);
            separators += ItemRules.isSeparator(c) ? 1 : 0;
            i += Character.charCount(c);
        }
        return separators + 1 >= words;
    }

    /**
     * The text's sentences, stripped, its links as their text: it is split at the spaces after
     * a ".", "!", "?" or "؟" and at every line terminator, as {@code (?<=[.!?؟])\s+|\R} splits
     * it (LayerRepeatsTest), by hand since this runs on every item.
     */
    static List<String> sentences(String text) {
        String plain = text == null ? "" : text.contains("](") ? LINK.matcher(text).replaceAll("$1") : text;
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < plain.length(); ) {
            int next = i + 1;
            if (PatternClasses.isSpace(plain.charAt(i)) && i > 0 && ".!?؟".indexOf(plain.charAt(i - 1)) >= 0) {
                while (next < plain.length() && PatternClasses.isSpace(plain.charAt(next))) {
                    next++;
                }
            } else if (!PatternClasses.isLineTerminator(plain.charAt(i))) {
                i = next;
                continue;
            }
            addStripped(plain.substring(start, i), sentences);
            start = i = next;
        }
        addStripped(plain.substring(start), sentences);
        return sentences;
    }

    private static void addStripped(String sentence, List<String> sentences) {
        String stripped = sentence.strip();
        if (!stripped.isEmpty()) {
            sentences.add(stripped);
        }
    }

    /** The pairs of neighbouring words of a sentence's comparable key: "a b c" gives "a b" and "b c". */
    private static Set<String> pairs(String key) {
        Set<String> pairs = new HashSet<>();
        int first = 0;
        for (int second = key.indexOf(' ') + 1; second > 0; ) {
            int next = key.indexOf(' ', second);
            pairs.add(key.substring(first, next < 0 ? key.length() : next));
            first = second;
            second = next + 1;
        }
        return pairs;
    }
}
