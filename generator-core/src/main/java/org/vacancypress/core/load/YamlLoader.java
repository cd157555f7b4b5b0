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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
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
    static final int MAX_NODES = 200_000;
    /**
     * Bounds the text after alias expansion: a file without aliases never holds more characters
     * than it has bytes, so aliases may not make it longer than the longest file read. Few
     * aliases to one long value would pass {@link #MAX_NODES} and hand every rule megabytes.
     */
    static final int MAX_CHARACTERS = MAX_BYTES;
    static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private YamlLoader() {
    }

    /**
     * The document in {@code file}, or empty when it cannot be read (the reasons are in
     * {@code problems}). {@code displayName} is how messages name the file.
     */
    public static Optional<YamlNode> load(Path file, String displayName, Problems problems) {
        return read(file, displayName, problems).flatMap(bytes -> parse(bytes, displayName, problems));
    }

    /** The file's bytes, or empty when it cannot be read or is too large to be a notice (the reasons are in {@code problems}). */
    static Optional<byte[]> read(Path file, String displayName, Problems problems) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(Location.ofFile(displayName), "file is larger than " + (MAX_BYTES >> 20)
                        + " MiB; a notice is a few kilobytes: is this the right file?");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(Location.ofFile(displayName), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
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
        YamlConverter converter = new YamlConverter(displayName, parser.aliasMarks, problems);
        try {
            YamlNode tree = converter.convert(root);
            return converter.failed ? Optional.empty() : Optional.of(tree);
        } catch (YamlConverter.TooLarge e) {
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
}
