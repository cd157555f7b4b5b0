package org.vacancypress.core.load;

import java.util.List;

/** A YAML file as read: its tree, and its lines as written, for pointing inside long texts. */
public record YamlDocument(YamlNode root, List<String> lines) {

    public YamlDocument {
        lines = List.copyOf(lines);
    }
}
