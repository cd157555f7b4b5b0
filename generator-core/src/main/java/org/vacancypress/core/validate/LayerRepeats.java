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
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+|\\R");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

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
            for (String sentence : sentences(text.value())) {
                Set<String> pairs = pairs(sentence);
                if (pairs.size() + 1 < MINIMUM_WORDS) {
                    continue;
                }
                Optional<Standard> repeated = known.repeatedBy(pairs, notice);
                if (repeated.isPresent()) {
                    found.in(LintRule.REPEATS_STANDARD_TEXT, text, sentence.substring(0, Math.min(20, sentence.length())),
                            "'" + Texts.abbreviate(sentence) + "' repeats " + repeated.get().where()
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
            standards.add(new Standard(where, sentence, pairs(sentence), appliesTo));
        }
    }

    private static List<String> sentences(String text) {
        return SENTENCE_END.splitAsStream(LINK.matcher(text == null ? "" : text).replaceAll("$1"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The sentence's pairs of neighbouring words, as duplicates are compared. */
    private static Set<String> pairs(String sentence) {
        String[] words = ItemRules.comparable(sentence).split(" ");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            pairs.add(words[i] + " " + words[i + 1]);
        }
        return pairs;
    }
}
