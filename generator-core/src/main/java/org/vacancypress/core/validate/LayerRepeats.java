package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.EnumMap;
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

    private final Organization organization;
    private final Map<Language, List<Standard>> standards = new EnumMap<>(Language.class);

    LayerRepeats(Organization organization) {
        this.organization = organization;
    }

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        List<Standard> known = standardsIn(notice.language());
        for (NoticeText text : texts) {
            if (!text.path().equals("context") && !text.isItem()) {
                continue;
            }
            for (String sentence : sentences(text.value())) {
                Set<String> pairs = pairs(sentence);
                if (pairs.size() + 1 < MINIMUM_WORDS) {
                    continue;
                }
                Optional<Standard> repeated = known.stream().filter(standard -> standard.appliesTo().test(notice))
                        .filter(standard -> shared(pairs, standard.pairs()) >= REPEATED_SHARE).findFirst();
                if (repeated.isPresent()) {
                    found.in(LintRule.REPEATS_STANDARD_TEXT, text, sentence.substring(0, Math.min(20, sentence.length())),
                            "'" + Texts.abbreviate(sentence) + "' repeats " + repeated.get().where()
                                    + ", which the notice prints too: remove it from the notice");
                    break;
                }
            }
        }
    }

    private synchronized List<Standard> standardsIn(Language language) {
        return standards.computeIfAbsent(language, this::standards);
    }

    /** The organization's standard sentences in the language, its English where a translation lacks one. */
    private List<Standard> standards(Language language) {
        Optional<Translation> translation = Optional.ofNullable(organization.translations().get(language));
        List<Standard> found = new ArrayList<>();
        for (StandardNote note : organization.notes()) {
            String text = translation.map(t -> t.notes().get(note.id())).orElse(note.text());
            add(found, "the standard note '" + note.id() + "'", text, note::appliesTo);
        }
        Map<String, String> boilerplate = Map.of("introduction", organization.introduction(), "workplaceCulture",
                organization.workplaceCulture(), "educationNote", organization.educationNote(), "languageAssessment",
                organization.languageAssessment(), "zeroTolerance", organization.zeroTolerance(), "antiFraud",
                organization.antiFraud());
        boilerplate.forEach((key, english) -> add(found, "the organization's '" + key + "'",
                translation.flatMap(t -> t.text(key)).orElse(english), notice -> true));
        List<String> howToApply = translation.map(t -> t.lists().get("howToApply")).orElse(organization.howToApply());
        howToApply.forEach(paragraph -> add(found, "the organization's 'howToApply'", paragraph, notice -> true));
        return List.copyOf(found);
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

    private static double shared(Set<String> pairs, Set<String> in) {
        int shared = 0;
        for (String pair : pairs) {
            shared += in.contains(pair) ? 1 : 0;
        }
        return (double) shared / pairs.size();
    }
}
