package org.vacancypress.core.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The sentences of two versions of a text, aligned: a longest common subsequence, then each
 * run of removed and added sentences paired where a removed and an added one share most words
 * (a sentence changed), the rest left as removed or added.
 */
public final class SentenceDiff {

    /** Sentences sharing at least this part of their words are one sentence changed. */
    private static final double SAME_SENTENCE = 0.5;

    private SentenceDiff() {
    }

    /** One row of the alignment; {@code before} or {@code after} is empty for an added or removed sentence. */
    public record Line(Kind kind, Optional<String> before, Optional<String> after) {
    }

    public enum Kind {
        SAME, CHANGED, ADDED, REMOVED
    }

    static List<Line> align(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                pair(removed, added, lines);
                lines.add(new Line(Kind.SAME, Optional.of(before.get(i++)), Optional.of(after.get(j++))));
            } else if (j < after.size() && (i == before.size() || common[i][j + 1] >= common[i + 1][j])) {
                added.add(after.get(j++));
            } else {
                removed.add(before.get(i++));
            }
        }
        pair(removed, added, lines);
        return lines;
    }

    /** Flushes one run of removed and added sentences, pairing the similar ones in order. */
    private static void pair(List<String> removed, List<String> added, List<Line> lines) {
        int next = 0;
        for (String old : removed) {
            int match = -1;
            for (int k = next; k < added.size() && match < 0; k++) {
                if (similarity(old, added.get(k)) >= SAME_SENTENCE) {
                    match = k;
                }
            }
            if (match < 0) {
                lines.add(new Line(Kind.REMOVED, Optional.of(old), Optional.empty()));
                continue;
            }
            for (; next < match; next++) {
                lines.add(new Line(Kind.ADDED, Optional.empty(), Optional.of(added.get(next))));
            }
            lines.add(new Line(Kind.CHANGED, Optional.of(old), Optional.of(added.get(next++))));
        }
        for (; next < added.size(); next++) {
            lines.add(new Line(Kind.ADDED, Optional.empty(), Optional.of(added.get(next))));
        }
        removed.clear();
        added.clear();
    }

    private static double similarity(String a, String b) {
        Set<String> first = words(a);
        Set<String> second = words(b);
        Set<String> both = new HashSet<>(first);
        both.retainAll(second);
        Set<String> either = new HashSet<>(first);
        either.addAll(second);
        return either.isEmpty() ? 1 : (double) both.size() / either.size();
    }

    private static Set<String> words(String sentence) {
        return new HashSet<>(Arrays.asList(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }
}
