package org.vacancypress.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Severity;

/**
 * What a build did: its problems (all of them, sorted), its notes (the notices it held back, and
 * why), how many notices it published and how many of those it rendered (the others were up to
 * date). Nothing is published on an error.
 */
public record BuildResult(List<Problem> problems, List<Problem> notes, int noticesFound, int noticesPublished,
        int noticesRendered, Duration elapsed) {

    public BuildResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** The result of a build that reported {@code reported}: its errors and warnings, and apart its notes. */
    static BuildResult of(List<Problem> reported, int found, int published, int rendered, Duration elapsed) {
        return new BuildResult(reported.stream().filter(p -> p.severity() != Severity.NOTE).toList(),
                reported.stream().filter(p -> p.severity() == Severity.NOTE).toList(), found, published, rendered,
                elapsed);
    }

    /** Problems and notes together, in reading order. */
    public List<Problem> reported() {
        return java.util.stream.Stream.concat(problems.stream(), notes.stream()).sorted(Problem.IN_SOURCE_ORDER)
                .toList();
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    public boolean succeeded() {
        return errorCount() == 0;
    }

    /** "Rendered 3 of 120 notices (117 up to date) in 1.2 s". */
    public String renderSummary() {
        return "Rendered " + noticesRendered + " of " + noticesPublished + " notices (" + (noticesPublished - noticesRendered)
                + " up to date) in " + String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }

    /** One line on the lint warnings: "Lint: 3 warnings in 2 of 5 notices (duplicate-item 2, ...)". */
    public String lintSummary() {
        List<Problem> warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
        if (warnings.isEmpty()) {
            return "Lint: no warnings in " + noticesFound + " notices";
        }
        long files = warnings.stream().map(p -> p.location().file()).distinct().count();
        Map<String, Long> byRule = warnings.stream().map(Problem::rule).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return "Lint: " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings") + " in " + files + " of "
                + noticesFound + " notices (" + byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")) + ")";
    }
}
