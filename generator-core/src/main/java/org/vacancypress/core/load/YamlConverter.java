package org.vacancypress.core.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** SnakeYAML nodes to {@link YamlNode}s, refusing tags, duplicate keys and runaway aliases. */
final class YamlConverter {
    private final String displayName;
    private final Problems problems;
    private final List<Mark> aliasMarks;
    private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
    private final Set<Node> converted = Collections.newSetFromMap(new IdentityHashMap<>());
    private int aliasesMet;
    /** Where the alias being expanded is written: the place to blame when its expansion is too large. */
    private Location expansion;
    private int nodes;
    private long characters;
    boolean failed;

    /** @param aliasMarks where the file's aliases are written, in the order of the file */
    YamlConverter(String displayName, List<Mark> aliasMarks, Problems problems) {
        this.displayName = displayName;
        this.aliasMarks = aliasMarks;
        this.problems = problems;
    }

    /**
     * The tree walked in the file's order, so the n-th node met again outside an expansion
     * is the n-th alias written.
     */
    YamlNode convert(Node node) {
        if (converted.add(node) || expansion != null) {
            return convertNode(node);
        }
        expansion = aliasesMet < aliasMarks.size() ? YamlLoader.at(displayName, aliasMarks.get(aliasesMet++))
                : YamlLoader.at(displayName, node.getStartMark());
        try {
            return convertNode(node);
        } finally {
            expansion = null;
        }
    }

    private YamlNode convertNode(Node node) {
        Location location = YamlLoader.at(displayName, node.getStartMark());
        if (++nodes > YamlLoader.MAX_NODES) {
            throw new TooLarge(expansion == null ? location : expansion, "the document expands to more than "
                    + YamlLoader.MAX_NODES + " values (through aliases?); write it out plainly");
        }
        if (!YamlLoader.PLAIN_TAGS.contains(node.getTag())) {
            return fail(location, "tag '" + node.getTag().getValue()
                    + "' is not allowed: notices are plain data; remove the tag");
        }
        if (node instanceof ScalarNode scalar) {
            characters += scalar.getValue().length();
            if (characters > YamlLoader.MAX_CHARACTERS) {
                throw new TooLarge(expansion == null ? location : expansion, "the document expands to more than "
                        + (YamlLoader.MAX_CHARACTERS >> 20)
                        + " Mi characters (through aliases?), more than a file may hold; write it out plainly");
            }
            boolean isNull = scalar.getTag().equals(Tag.NULL);
            return new YamlNode.Scalar(isNull ? "" : scalar.getValue(), isNull, location);
        }
        if (inProgress.put(node, Boolean.TRUE) != null) {
            return fail(location, "an alias refers to the value that contains it; remove the recursion");
        }
        try {
            if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item));
                }
                return new YamlNode.Sequence(List.copyOf(items), location);
            }
            return mapping((MappingNode) node, location);
        } finally {
            inProgress.remove(node);
        }
    }

    private YamlNode mapping(MappingNode mapping, Location location) {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = convert(tuple.getKeyNode());
            YamlNode value = convert(tuple.getValueNode());
            if (!(key instanceof YamlNode.Scalar scalarKey)) {
                fail(key.location(), "a key must be a plain word, not " + key.kind());
                continue;
            }
            if (!keys.add(scalarKey.value())) {
                // The first one is kept, so that the rest of the file is still checked.
                problems.error(key.location(), "duplicate key '" + scalarKey.value() + "'; keep only one");
                continue;
            }
            entries.add(new YamlNode.Entry(scalarKey, value));
        }
        return new YamlNode.Mapping(List.copyOf(entries), location);
    }

    private YamlNode fail(Location location, String message) {
        failed = true;
        problems.error(location, message);
        return new YamlNode.Scalar("", true, location);
    }

    /** Stops the conversion at once: going on would walk the whole explosion. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Location location;

        TooLarge(Location location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
    }
}
