package org.vacancypress.core;

/** What a build publishes for each notice. */
public enum Format {
    /** A web page per notice, the index, stylesheet and schema. */
    HTML,
    /** A PDF per notice, next to its page. */
    PDF;

    /** Whether a published file belongs to this format. */
    boolean owns(String path) {
        return path.endsWith(".pdf") == (this == PDF);
    }
}
