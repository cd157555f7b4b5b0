package org.vacancypress.core.load;

import java.util.List;
import org.vacancypress.core.problem.Location;

/**
 * A YAML document as plain data with positions: every scalar is text (YAML 1.1 implicit
 * typing never applies, so {@code NO} stays "NO" and {@code 010} stays "010"), and every node
 * knows where it was written. Aliases are already expanded; tags are already refused.
 */
public sealed interface YamlNode {

    Location location();

    /** What the node is, as a user would say it in an error message. */
    String kind();

    /** A scalar; {@code isNull} for an empty value ({@code key:} or {@code ~}). */
    record Scalar(String value, boolean isNull, Location location) implements YamlNode {
        @Override
        public String kind() {
            return isNull ? "nothing" : "text '" + Texts.abbreviate(value) + "'";
        }
    }

    record Entry(Scalar key, YamlNode value) {
    }

    /** A mapping, its keys unique and in written order. */
    record Mapping(List<Entry> entries, Location location) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }
}
