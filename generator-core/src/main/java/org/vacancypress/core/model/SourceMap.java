package org.vacancypress.core.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vacancypress.core.problem.Location;

/**
 * Where each field of a bound record was written, by dotted path ("posting.closes", list items
 * as "skills[2]"), and the file itself, so that rules over the model can still point at the
 * line and column of the mistake, even inside a long block of text. The file is read again
 * only then, so that a build of thousands of notices does not hold all their text twice.
 *
 * @param unbound the fields whose value was in error, by path; the record holds stand-ins for them
 */
public record SourceMap(Location file, Map<String, Location> fields, Optional<Path> source, Set<String> unbound) {

    public SourceMap {
        fields = Map.copyOf(fields);
        unbound = Set.copyOf(unbound);
    }

    /** The places of a file read without error. */
    public SourceMap(Location file, Map<String, Location> fields, Optional<Path> source) {
        this(file, fields, source, Set.of());
    }

    /**
     * Whether the field, and every field inside it or around it, was read without error: rules
     * over a record bound only in part check only what is bound, so that one mistake does not
     * hide the others or bring false ones.
     */
    public boolean bound(String path) {
        for (String field : unbound) {
            if (field.equals(path) || within(field, path) || within(path, field)) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(String inner, String outer) {
        return inner.startsWith(outer) && inner.length() > outer.length()
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }

    /** Whether the field was written in the file, even with no value. */
    public boolean written(String path) {
        return fields.containsKey(path);
    }

    /** The places of only the given fields: the others are then placed at the closest of these, or the file. */
    public SourceMap only(Set<String> paths) {
        Map<String, Location> kept = new HashMap<>();
        paths.forEach(path -> Optional.ofNullable(fields.get(path)).ifPresent(at -> kept.put(path, at)));
        return new SourceMap(file, kept, source, unbound);
    }

    /** The file's lines, read now; none when it cannot be read. */
    public List<String> lines() {
        try {
            return source.isPresent() ? Files.readAllLines(source.get(), StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Where {@code snippet} is written in the field at {@code path}, in the file's {@code lines}:
     * its first occurrence from the field's line on, or the field itself when it cannot be found
     * (it spans lines, say).
     */
    public Location find(String path, String snippet, List<String> lines) {
        Location field = of(path);
        for (int line = field.line(); line <= lines.size() && !snippet.isEmpty(); line++) {
            String text = lines.get(line - 1);
            int from = line == field.line() ? Math.min(field.column() - 1, text.length()) : 0;
            int column = text.indexOf(snippet, from);
            if (column >= 0) {
                return new Location(field.file(), line, column + 1);
            }
        }
        return field;
    }

    /** The field's location, or the closest enclosing one that was written, or the file. */
    public Location of(String path) {
        for (String p = path; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            Location location = fields.get(p);
            if (location != null) {
                return location;
            }
        }
        return file;
    }
}
