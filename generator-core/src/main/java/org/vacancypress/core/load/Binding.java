package org.vacancypress.core.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.model.SourceMap;

/**
 * The state of binding one file: where problems go, whether any error was found (then the
 * file yields no record), and the location of every field read.
 */
final class Binding {

    private final String displayName;
    private final Problems problems;
    private final Map<String, Location> fields = new HashMap<>();
    private final Optional<Path> source;
    private boolean failed;

    Binding(String displayName, Problems problems, Optional<Path> source) {
        this.displayName = displayName;
        this.problems = problems;
        this.source = source;
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
        return new SourceMap(Location.ofFile(displayName), fields, source);
    }
}
