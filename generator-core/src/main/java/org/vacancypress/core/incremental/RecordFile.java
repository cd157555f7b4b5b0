package org.vacancypress.core.incremental;

import java.io.IOException;
import java.nio.ByteBuffer;
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

/**
 * The one file format of incremental building, for the manifest in the site and the stamp beside
 * it: a header naming the kind, one record a line (a type, then fields, tab-separated, with
 * backslash escapes for tab, line breaks and backslash), and a last line {@value #END}: a file
 * cut short by a crash lacks it, and is read as no file.
 */
final class RecordFile {

    private static final String END = "end";

    private RecordFile() {
    }

    /** The file's text. */
    static byte[] bytes(String header, List<List<String>> records) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (List<String> record : records) {
            text.append(String.join("\t", record.stream().map(RecordFile::escape).toList())).append('\n');
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
            records.add(Arrays.stream(line.split("\t", -1)).map(RecordFile::unescape).toList());
        }
        return Optional.of(records);
    }

    /** Writes {@code file} whole or not at all, on disk before it takes the old file's place. */
    static void writeDurably(Path file, byte[] content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
