package org.vacancypress.core.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vacancypress.core.Location;
import org.vacancypress.core.Problems;
import org.vacancypress.core.model.SourceMap;

/**
 * The state of binding one file: where problems go, whether any error was found (then the
 * file yields no record), and the location of every field read.
 */
final class Binding {

    private final String displayName;
    private final Problems problems;
    private final Map<String, Location> fields = new HashMap<>();
    private final List<String> lines;
    private boolean failed;

    Binding(String displayName, Problems problems, List<String> lines) {
        this.displayName = displayName;
        this.problems = problems;
        this.lines = lines;
    }

    void error(Location location, String message) {
        failed = true;
        problems.error(location, message);
    }

    void record(String path, Location location) {
        fields.put(path, location);
    }

    boolean failed() {
        return failed;
    }

    SourceMap sources() {
        return new SourceMap(Location.ofFile(displayName), fields, lines);
    }
}
