package org.vacancypress.core.render.site;

import java.io.IOException;
import java.io.OutputStream;

/** Where the site's files go, each written as it is made: a list of every notice is never whole in memory. */
@FunctionalInterface
public interface SiteOutput {

    void write(String file, Content content) throws IOException;

    /** Writes one file's bytes. */
    @FunctionalInterface
    interface Content {
        /** Writes the bytes into {@code out}, left open; false when a template mistake (told) left the file unfinished. */
        boolean writeTo(OutputStream out) throws IOException;
    }
}
