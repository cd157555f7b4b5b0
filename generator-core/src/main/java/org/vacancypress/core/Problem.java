package org.vacancypress.core;

import java.util.Comparator;

/** A user's mistake or a doubtful construct in a source file, with where it is and what to do. */
public record Problem(Severity severity, Location location, String message) {

    /** Problems in reading order: by file, then line, then column. */
    public static final Comparator<Problem> IN_SOURCE_ORDER = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    public static Problem error(Location location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    public static Problem warning(Location location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style line editors and CI logs understand: {@code file:line:col: error: message}. */
    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
