package org.vacancypress.core.model;

/** A closed set of values the format itself defines, written in YAML as lower-case words, e.g. {@code month}. */
public interface Keyword {

    /** The word as written in YAML. */
    String id();

    /** The enum's word as written in YAML: its name in lower case with dashes. */
    static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
