package org.vacancypress.core.incremental;

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
        List<List<String>> records = new ArrayList<>();
        return read(file, header, records::add) ? Optional.of(records) : Optional.empty();
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
        return readFields(file, header, fields -> each.test(fields.stream().map(Field::text).toList()));
    }

    /**
     * As {@link #read(Path, String, Predicate)}, each field as it is in the file, decoded when
     * asked: the whole file is read at once and kept by its fields, so that a large field (a kept
     * notice) is decoded by the thread that needs it, if any does.
     */
    static boolean readFields(Path file, String header, Predicate<List<Field>> each) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return false;
        }
        int headerEnd = indexOf(bytes, '\n', 0);
        if (headerEnd < 0 || !header.equals(new String(bytes, 0, headerEnd, StandardCharsets.UTF_8))) {
            return false;
        }
        int start = headerEnd + 1;
        try {
            while (true) {
                int end = indexOf(bytes, '\n', start);
                int lineEnd = end < 0 ? bytes.length : end;
                if (end < 0 || end + 1 == bytes.length) {
                    return END.equals(new String(bytes, start, lineEnd - start, StandardCharsets.UTF_8));
                }
                if (!each.test(fields(bytes, start, lineEnd))) {
                    return false;
                }
                start = end + 1;
            }
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** A field of a record in the bytes of its file, decoded and unescaped when asked. */
    record Field(byte[] file, int from, int to) {

        String text() {
            return unescape(new String(file, from, to - from, StandardCharsets.UTF_8));
        }

        /** Its length in the file, in bytes. */
        int length() {
            return to - from;
        }
    }

    private static int indexOf(byte[] bytes, char c, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static List<Field> fields(byte[] bytes, int from, int to) {
        List<Field> fields = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\t') {
                fields.add(new Field(bytes, start, i));
                start = i + 1;
            }
        }
        fields.add(new Field(bytes, start, to));
        return fields;
    }

    private static String line(List<String> record) {
        return String.join("\t", record.stream().map(RecordFile::escape).toList());
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
