package org.vacancypress.core.model;

/**
 * A note the organization prints on the notices it applies to.
 *
 * @param id names the note in the organization's translations
 */
public record StandardNote(String id, String text, Condition when) {

    public boolean appliesTo(Notice notice) {
        return when.appliesTo(notice);
    }
}
