package org.vacancypress.core.problem;

/**
 * A place in a source file, as users see it: the file as displayed in messages, and 1-based
 * line and column. The file's name is {@link #printable}: a name holding a line break or a
 * right-to-left override cannot forge or reverse a log line.
 */
public record Location(String file, int line, int column) {

    public Location {
        file = printable(file);
    }

    /**
     * The text with control, format (bidirectional, zero-width) and line-separator characters
     * written as escapes (a line feed as backslash-n, U+202E as backslash-u202E), as a file name
     * is printed in any message.
     */
    public static String printable(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (shown == null && c >= ' ' && c < '\u007f') {
                // Printable ASCII, most of every name and message, is known without its type.
                continue;
            }
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden && shown == null) {
                shown = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (shown != null) {
                shown.append(!hidden ? String.valueOf(c) : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                        : String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return shown == null ? text : shown.toString();
    }

    /** The whole file, for problems that have no better place (unreadable file, empty file). */
    public static Location ofFile(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
