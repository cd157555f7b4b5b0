package org.vacancypress.core.problem;

/** How bad a problem is: errors fail the build; warnings are printed. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
