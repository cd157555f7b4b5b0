package org.vacancypress.core.problem;

/**
 * How bad a problem is: errors fail the build; warnings are printed (and fail it with
 * {@code failOnWarning}); notes say what a build did that a user may not expect, such as a
 * notice held back.
 */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
