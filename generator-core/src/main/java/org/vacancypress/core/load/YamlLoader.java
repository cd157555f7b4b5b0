package org.vacancypress.core.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into a {@link YamlNode} tree using SnakeYAML's composer only: no Java
 * object is ever constructed from the document. Every failure, whatever the parser throws,
 * becomes a problem on the file.
 */
public final class YamlLoader {

    /** Large enough for any real notice (the largest seed is 14 KB), small enough to refuse junk. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int MAX_NESTING = 40;
    private static final int MAX_ALIASES = 50;
    /** Bounds the tree after alias expansion, which is how a "billion laughs" file explodes. */
    private static final int MAX_NODES = 200_000;
    /**
     * Bounds the text after alias expansion: a file without aliases never holds more characters
     * than it has bytes, so aliases may not make it longer than the longest file read. Few
     * aliases to one long value would pass {@link #MAX_NODES} and hand every rule megabytes.
     */
    static final int MAX_CHARACTERS = MAX_BYTES;
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private YamlLoader() {
    }

    /**
     * The document in {@code file}, or empty when it cannot be read (the reasons are in
     * {@code problems}). {@code displayName} is how messages name the file.
     */
    public static Optional<YamlNode> load(Path file, String displayName, Problems problems) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(Location.ofFile(displayName), "file is larger than " + (MAX_BYTES >> 20)
                        + " MiB; a notice is a few kilobytes: is this the right file?");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(Location.ofFile(displayName), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return parse(bytes, displayName, problems);
    }

    /** As {@link #load}, from bytes already read. */
    public static Optional<YamlNode> parse(byte[] bytes, String displayName, Problems problems) {
        Optional<String> text = decode(bytes, displayName, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Node root;
        MarkingParser parser = new MarkingParser(text.get());
        try {
            root = compose(parser);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            List<String> lines = text.get().lines().toList();
            for (Mark near : new Mark[] {e.getContextMark(), e.getProblemMark()}) {
                Optional<String> slip = near == null ? Optional.empty() : PasteSlips.correction(lines, near.getLine() + 1,
                        String.valueOf(e.getProblem()));
                if (slip.isPresent()) {
                    // At the tab, if the slip is one; else where the line's text begins.
                    String line = lines.get(near.getLine());
                    int tab = line.indexOf('\t');
                    int column = (tab >= 0 && line.substring(0, tab).isBlank() ? tab
                            : line.length() - line.stripLeading().length()) + 1;
                    problems.error(new Location(displayName, near.getLine() + 1, column), slip.get());
                    return Optional.empty();
                }
            }
            problems.error(at(displayName, mark), "cannot read YAML: " + describe(e));
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            // SnakeYAML's limits (aliases, nesting) and some malformed input ("!%A" in 2.7) throw
            // unmarked exceptions: the last event read is where the parser stopped.
            problems.error(at(displayName, parser.lastMark), "cannot read YAML: " + limitMessage(e));
            return Optional.empty();
        }
        if (root == null) {
            problems.error(Location.ofFile(displayName), "the file is empty");
            return Optional.empty();
        }
        Converter converter = new Converter(displayName, parser.aliasMarks, problems);
        try {
            YamlNode tree = converter.convert(root);
            return converter.failed ? Optional.empty() : Optional.of(tree);
        } catch (TooLarge e) {
            problems.error(e.location, e.getMessage());
            return Optional.empty();
        }
    }

    private static Node compose(MarkingParser parser) {
        return new Composer(parser, new Resolver(), OPTIONS).getSingleNode();
    }

    private static final LoaderOptions OPTIONS = options();

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        return options;
    }

    /** SnakeYAML's own words for its limits name its settings; these say what to change in the file. */
    private static String limitMessage(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Number of aliases")) {
            return "more than " + MAX_ALIASES + " aliases to lists or mappings; write the values out plainly";
        }
        if (message.startsWith("Nesting Depth exceeded") || e instanceof StackOverflowError) {
            return "values nested more than " + MAX_NESTING + " levels deep; flatten the structure";
        }
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /**
     * SnakeYAML's parser, remembering where the last event it handed out began: its limits
     * throw exceptions without a place, and that event is the node that crossed them.
     */
    private static final class MarkingParser implements Parser {
        private final ParserImpl parser;
        private final List<Mark> aliasMarks = new ArrayList<>();
        private Mark lastMark;

        MarkingParser(String text) {
            this.parser = new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS);
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            lastMark = event.getStartMark();
            if (event.is(Event.ID.Alias)) {
                aliasMarks.add(lastMark);
            }
            return event;
        }
    }

    private static Optional<String> decode(byte[] bytes, String displayName, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.error(locationOfByte(bytes, in.position(), displayName),
                    "the file is not valid UTF-8; save it as UTF-8 in your editor");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static Location locationOfByte(byte[] bytes, int offset, String displayName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(displayName, line, offset - lineStart + 1);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        return e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
    }

    static Location at(String displayName, Mark mark) {
        return mark == null ? Location.ofFile(displayName)
                : new Location(displayName, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Stops the conversion at once: going on would walk the whole explosion. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Location location;

        TooLarge(Location location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
    }

    /** SnakeYAML nodes to {@link YamlNode}s, refusing tags, duplicate keys and runaway aliases. */
    private static final class Converter {
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
        private boolean failed;

        /** @param aliasMarks where the file's aliases are written, in the order of the file */
        Converter(String displayName, List<Mark> aliasMarks, Problems problems) {
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
            expansion = aliasesMet < aliasMarks.size() ? at(displayName, aliasMarks.get(aliasesMet++))
                    : at(displayName, node.getStartMark());
            try {
                return convertNode(node);
            } finally {
                expansion = null;
            }
        }

        private YamlNode convertNode(Node node) {
            Location location = at(displayName, node.getStartMark());
            if (++nodes > MAX_NODES) {
                throw new TooLarge(expansion == null ? location : expansion, "the document expands to more than "
                        + MAX_NODES + " values (through aliases?); write it out plainly");
            }
            if (!PLAIN_TAGS.contains(node.getTag())) {
                return fail(location, "tag '" + node.getTag().getValue()
                        + "' is not allowed: notices are plain data; remove the tag");
            }
            if (node instanceof ScalarNode scalar) {
                characters += scalar.getValue().length();
                if (characters > MAX_CHARACTERS) {
                    throw new TooLarge(expansion == null ? location : expansion, "the document expands to more than " + (MAX_CHARACTERS >> 20)
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
    }
}
