package org.vacancypress.core.model;

import java.util.Map;
import org.vacancypress.core.Location;

/**
 * Where each field of a bound record was written, by dotted path ("posting.closes"), so that
 * rules over the model can still point at the line of the mistake.
 */
public record SourceMap(Location file, Map<String, Location> fields) {

    public SourceMap {
        fields = Map.copyOf(fields);
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
