package org.vacancypress.core.problem;

/**
 * A place in a source file, as users see it: the file as displayed in messages, and 1-based
 * line and column.
 */
public record Location(String file, int line, int column) {

    /** The whole file, for problems that have no better place (unreadable file, empty file). */
    public static Location ofFile(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
