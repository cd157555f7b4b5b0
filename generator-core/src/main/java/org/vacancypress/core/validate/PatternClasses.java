package org.vacancypress.core.validate;

/** Character classes of Java's regular expressions, for the scans that stand in for a pattern. */
final class PatternClasses {

    private PatternClasses() {
    }

    /** {@code \s}: an ASCII space, tab, line feed, vertical tab, form feed or carriage return. */
    static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code \R} of one character: {@code \s}'s line terminators but the tab and space, and U+0085, U+2028, U+2029. */
    static boolean isLineTerminator(int c) {
        return c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
