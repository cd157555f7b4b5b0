package org.vacancypress.core.model;

/** A closed set of values written in YAML as lower-case words, e.g. {@code fixed-term}. */
public interface Keyword {

    /** The word as written in YAML. */
    String id();

    /** The enum's word as written in YAML: its name in lower case with dashes. */
    static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
