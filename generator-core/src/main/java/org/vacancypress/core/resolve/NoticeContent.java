package org.vacancypress.core.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.model.Competency;

/**
 * A notice's own texts and the boilerplate chosen for it, as its page and PDF show them after
 * its {@link NoticeFacts}. Built once, when the notice is rendered; never changed.
 *
 * @param sections the organization's sections this notice has, in order
 * @param wording the notice's own wording of generated sentences, by the sentence's id
 * @param notes the notice's own notes, then the organization's standard notes that apply to it
 */
public record NoticeContent(
        List<SectionView> sections,
        Map<String, MarkdownText> wording,
        MarkdownText context,
        List<Duties> responsibilities,
        List<MarkdownText> education,
        List<MarkdownText> experience,
        List<MarkdownText> skills,
        List<String> languagesRequired,
        List<String> languagesAdvantage,
        List<MarkdownText> notes,
        EligibilityView eligibility,
        Optional<Competencies> competencies) {

    /** A section: its id names its heading's anchor, its template renders it. */
    public record SectionView(String id, String template) {
    }

    /** Duties, under a title when the notice groups them. */
    public record Duties(Optional<String> title, List<MarkdownText> duties) {
    }

    /**
     * @param firstTier the notice's first-tier groups, in the vocabulary's order
     * @param memberStates the non-represented member states in force when the notice opened,
     *     when they are a first-tier group; else none
     */
    public record EligibilityView(List<FirstTierView> firstTier, boolean encourageFemaleCandidates,
            List<String> memberStates) {
    }

    /**
     * A first-tier group as the notice's language names it.
     *
     * @param except how the second-tier sentence names it among those it leaves out, if it does
     */
    public record FirstTierView(String id, String label, Optional<String> except) {
    }

    /**
     * The competency framework in force when the notice opened.
     *
     * @param level the level the notice asks for, when the framework has levels
     * @param managerial the managerial competencies, when the post has direct reports; else none
     */
    public record Competencies(boolean levelled, Optional<Integer> level, List<Competency> values,
            List<Competency> core, List<Competency> managerial) {
    }
}
