package org.vacancypress.core.problem;

import java.util.Comparator;
import java.util.Optional;

/**
 * A user's mistake or a doubtful construct in a source file, with where it is and what to do.
 *
 * @param rule the id of the lint rule that found it, which a notice may suppress; errors have none
 */
public record Problem(Severity severity, Location location, Optional<String> rule, String message) {

    /** A message is one line: a file name or a piece of a notice quoted in it cannot break or reverse it. */
    public Problem {
        message = Location.printable(message);
    }

    /** Problems in reading order: by file, then line, then column. */
    public static final Comparator<Problem> IN_SOURCE_ORDER = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    public static Problem error(Location location, String message) {
        return new Problem(Severity.ERROR, location, Optional.empty(), message);
    }

    /** A warning of a lint rule. */
    public static Problem warning(String rule, Location location, String message) {
        return new Problem(Severity.WARNING, location, Optional.of(rule), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The compiler-style line editors and CI logs understand:
     * {@code file:line:col: error: message}, warnings ending with their rule in brackets.
     */
    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message + rule.map(id -> " [" + id + "]").orElse("");
    }
}
