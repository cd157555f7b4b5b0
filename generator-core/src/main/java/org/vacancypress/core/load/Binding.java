package org.vacancypress.core.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.model.SourceMap;

/**
 * The state of binding one file: where problems go, whether any error was found (then the
 * file yields no complete record), the fields whose value was in error, and the location of
 * every field read.
 */
final class Binding {

    private final String displayName;
    private final Problems problems;
    private final Map<String, Location> fields = new HashMap<>();
    private final Optional<Path> source;
    private final Set<String> unbound = new HashSet<>();
    private int errors;

    Binding(String displayName, Problems problems, Optional<Path> source) {
        this.displayName = displayName;
        this.problems = problems;
        this.source = source;
    }

    void error(Location location, String message) {
        errors++;
        problems.error(location, message);
    }

    /** Reads a field, marking it unbound when reading it reported an error. */
    <T> T watch(String path, Supplier<T> read) {
        int before = errors;
        T value = read.get();
        if (errors > before) {
            unbound.add(path);
        }
        return value;
    }

    void record(String path, Location location) {
        fields.put(path, location);
    }

    boolean failed() {
        return errors > 0;
    }

    SourceMap sources() {
        return new SourceMap(Location.ofFile(displayName), fields, source, unbound);
    }
}
