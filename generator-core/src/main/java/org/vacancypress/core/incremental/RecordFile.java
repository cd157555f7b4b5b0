package org.vacancypress.core.incremental;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one file format of incremental building, for the manifest in the site and the stamp beside
 * it: a header naming the kind, one record a line (a type, then fields, tab-separated, with
 * backslash escapes for tab, line breaks and backslash), and a last line {@value #END}: a file
 * cut short by a crash lacks it, and is read as no file. A file may grow by batches of records
 * appended, each ending with {@value #END} too (the notice cache's).
 */
final class RecordFile {

    /** The last line of a whole file, and of each batch of records appended to one. */
    static final String END = "end";

    private RecordFile() {
    }

    /** The file's text. */
    static byte[] bytes(String header, List<List<String>> records) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (List<String> record : records) {
            text.append(line(record)).append('\n');
        }
        return text.append(END).append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The records of {@code file}; empty when there is none, or it is of another kind or cut short. */
    static Optional<List<List<String>>> read(Path file, String header) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(header) || !lines.get(lines.size() - 1).equals(END)) {
            return Optional.empty();
        }
        List<List<String>> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            records.add(fields(line));
        }
        return Optional.of(records);
    }

    /** Writes {@code file} whole or not at all, on disk before it takes the old file's place. */
    static void writeDurably(Path file, byte[] content) throws IOException {
        write(file, out -> out.write(content), true);
    }

    /**
     * Writes the records to {@code file} as {@link #bytes} would, a line at a time (for a file too
     * large to hold in memory twice), whole or not at all; not forced to disk: for a cache, whose
     * loss costs only time.
     */
    static void write(Path file, String header, Iterable<List<String>> records) throws IOException {
        write(file, lines(header + "\n", records), false);
    }

    /**
     * Adds records to the end of a whole {@code file}, followed by {@value #END} again: {@link
     * #read(Path, String, Predicate)} gives them after the others, an {@value #END} line between
     * (a batch cut short leaves the file without its last line: no file). Not forced to disk.
     *
     * @throws java.nio.file.NoSuchFileException when there is no file to add to
     */
    static void append(Path file, Iterable<List<String>> records) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            lines("", records).writeTo(out);
        }
    }

    private static Content lines(String header, Iterable<List<String>> records) {
        return out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            text.write(header);
            for (List<String> record : records) {
                text.write(line(record));
                text.write('\n');
            }
            text.write(END + "\n");
            text.flush();
        };
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path file, Content content, boolean durably) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            content.writeTo(Channels.newOutputStream(channel));
            if (durably) {
                channel.force(true);
            }
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /**
     * The records of {@code file}, a line at a time, to {@code each}, which may stop the reading
     * by answering false. Returns whether the file was read whole: false when there is none, it
     * is of another kind or cut short, or {@code each} stopped; what {@code each} was given is
     * then to be thrown away.
     */
    static boolean read(Path file, String header, Predicate<List<String>> each) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!header.equals(lines.readLine())) {
                return false;
            }
            String line = lines.readLine();
            for (String next = line == null ? null : lines.readLine(); next != null; next = lines.readLine()) {
                if (!each.test(fields(line))) {
                    return false;
                }
                line = next;
            }
            return END.equals(line);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String line(List<String> record) {
        return String.join("\t", record.stream().map(RecordFile::escape).toList());
    }

    private static List<String> fields(String line) {
        return Arrays.stream(line.split("\t", -1)).map(RecordFile::unescape).toList();
    }

    private static String escape(String text) {
        StringBuilder escaped = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char code = c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : 0;
            if (code != 0) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16);
                }
                escaped.append(text, copied, i).append('\\').append(code);
                copied = i + 1;
            }
        }
        return escaped == null ? text : escaped.append(text, copied, text.length()).toString();
    }

    private static String unescape(String text) {
        int backslash = text.indexOf('\\');
        if (backslash < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        int copied = 0;
        for (; backslash >= 0 && backslash + 1 < text.length(); backslash = text.indexOf('\\', copied)) {
            char next = text.charAt(backslash + 1);
            plain.append(text, copied, backslash).append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
            copied = backslash + 2;
        }
        return plain.append(text, copied, text.length()).toString();
    }
}
