package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.model.SourceMap;

/** Collects one notice's warnings, locating them in its source, which it reads once at most. */
final class Findings {

    private final SourceMap sources;
    private final List<Problem> warnings = new ArrayList<>();
    private List<String> lines;
    /** The lines fields start on, in order: a snippet is looked for only up to the next field. */
    private int[] fieldLines;

    Findings(SourceMap sources) {
        this.sources = sources;
    }

    SourceMap sources() {
        return sources;
    }

    List<Problem> warnings() {
        return warnings;
    }

    void at(LintRule rule, Location location, String message) {
        warnings.add(Problem.warning(rule.id(), location, message));
    }

    /** A warning at the field's value. */
    void at(LintRule rule, String path, String message) {
        at(rule, sources.of(path), message);
    }

    /** A warning where the snippet is written in the text's field. */
    void in(LintRule rule, NoticeText text, String snippet, String message) {
        at(rule, locate(text, snippet), message);
    }

    Location locate(NoticeText text, String snippet) {
        if (lines == null) {
            lines = sources.lines();
            fieldLines = sources.fields().values().stream().mapToInt(Location::line).sorted().distinct().toArray();
        }
        // Searching on to the end of the file for each of thousands of items would be quadratic.
        int line = sources.of(text.path()).line();
        int next = Arrays.binarySearch(fieldLines, line + 1);
        int at = next >= 0 ? next : -next - 1;
        int end = at < fieldLines.length ? fieldLines[at] : lines.size();
        return sources.find(text.path(), snippet, lines.subList(0, Math.min(lines.size(), end)));
    }
}
