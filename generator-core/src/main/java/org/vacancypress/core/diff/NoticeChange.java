package org.vacancypress.core.diff;

import java.util.List;

/**
 * What a candidate sees change on one notice between two revisions.
 *
 * @param name the notice's name (its file and page)
 * @param title its title, after the change (before, for a notice no longer published)
 * @param facts the facts that changed, in the page's order
 * @param sentences the page's sentences aligned, unchanged ones included (for the side-by-side view)
 * @param pdfTextChanged whether the text of its PDF changed
 * @param byOrganizationOnly whether its notice file is unchanged: the organization's data or templates changed it
 */
public record NoticeChange(String name, String title, Status status, List<FactChange> facts,
        List<SentenceDiff.Line> sentences, boolean pdfTextChanged, boolean byOrganizationOnly) {

    public NoticeChange {
        facts = List.copyOf(facts);
        sentences = List.copyOf(sentences);
    }

    public enum Status {
        ADDED, REMOVED, CHANGED
    }

    /** A fact as the page shows it, before and after; empty text when the page did not show it. */
    public record FactChange(String label, String before, String after) {
    }

    /** The sentences added, removed or changed. */
    public List<SentenceDiff.Line> changedSentences() {
        return sentences.stream().filter(line -> line.kind() != SentenceDiff.Kind.SAME).toList();
    }
}
