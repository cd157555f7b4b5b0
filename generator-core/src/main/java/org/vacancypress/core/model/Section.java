package org.vacancypress.core.model;

import java.util.List;

/**
 * A section of the organization's notice, in the order its notices show them after their title
 * and facts.
 *
 * @param id names the section: its heading's anchor, and what a notice's {@code omit} names
 * @param template the template that renders it, relative to the template folder
 * @param optional whether a notice may leave it out ({@code omit})
 * @param when the notices that have it
 * @param sentences the generated sentences of the section a notice may replace with the
 *     wording it was published with ({@code wording})
 * @param needs what a notice having the section must give: the fields of {@link #NOTICE_FIELDS},
 *     and {@code competencyFramework} for an edition of the organization's framework in force
 *     on its opening date
 */
public record Section(String id, String template, boolean optional, Condition when, List<String> sentences,
        List<String> needs) {

    /** The notice fields a section may need: the format requires none of them. */
    public static final List<String> NOTICE_FIELDS = List.of("context", "responsibilities", "education", "languages",
            "eligibility");
    /** What a section may need besides them. */
    public static final String COMPETENCY_FRAMEWORK = "competencyFramework";

    public Section {
        sentences = List.copyOf(sentences);
        needs = List.copyOf(needs);
    }

    public boolean appliesTo(Notice notice) {
        return when.appliesTo(notice) && !notice.omit().contains(id);
    }
}
