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
 */
public record Section(String id, String template, boolean optional, Condition when, List<String> sentences) {

    public Section {
        sentences = List.copyOf(sentences);
    }

    public boolean appliesTo(Notice notice) {
        return when.appliesTo(notice) && !notice.omit().contains(id);
    }
}
