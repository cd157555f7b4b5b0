package org.vacancypress.core.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Severity;

/**
 * What the last build that published a site was made from, kept beside the site (never in it,
 * since it names source files): a build with the same inputs, judged before the stamp expires,
 * on a site nobody changed since, would publish the very same files. Such a build publishes
 * nothing and reports the stamp's warnings again, without reading a single notice.
 *
 * @param inputs the hash of all the build reads and is asked: generator, request, notices folder, templates
 * @param zone where days turn: the organization's closing rule's time zone
 * @param builtAt the moment the notices were judged at: a clock set back before it makes the stamp not hold
 * @param validUntil when the site changes by itself: the day turns (closing soon) or a notice closes
 * @param found how many notice files the folder held
 * @param published how many notices the site publishes
 * @param files every file of the published site, with its size and modification time
 * @param warnings the warnings and notes the build reported (a published site had no errors)
 */
public record BuildStamp(String inputs, ZoneId zone, Instant builtAt, Instant validUntil, int found, int published,
        Map<String, String> files, List<Problem> warnings) {

    private static final String HEADER = "vacancy-press build stamp 2";
    /** The last line: a stamp cut short by a crash lacks it, and is no stamp. */
    private static final String END = "end";

    public BuildStamp {
        files = Map.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** Where the stamp of the site in {@code site} is kept: beside it, like its lock. */
    public static Path fileFor(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".stamp");
    }

    /** Whether a build with these inputs, at {@code now}, would publish the site in {@code site} as it is. */
    public boolean holds(String currentInputs, Instant now, Path site) {
        return inputs.equals(currentInputs) && !now.isBefore(builtAt) && now.isBefore(validUntil)
                && snapshot(site).filter(files::equals).isPresent();
    }

    /**
     * Every regular file of the site by relative path, with its size and modification time:
     * a file deleted, edited or added since the stamp was written makes the stamp not hold.
     * Empty when the site cannot be read whole: such a site is never taken as up to date.
     */
    public static Optional<Map<String, String>> snapshot(Path site) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(site)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.put(site.relativize(file).toString().replace('\\', '/'),
                            attributes.size() + " " + attributes.lastModifiedTime().toMillis());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(files);
    }

    /** The stamp kept in {@code file}; empty when there is none or it cannot be read as a stamp. */
    public static Optional<BuildStamp> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 5 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
                return Optional.empty();
            }
            String[] counts = lines.get(3).split(" ");
            Map<String, String> files = new TreeMap<>();
            List<Problem> warnings = new ArrayList<>();
            for (String line : lines.subList(4, lines.size() - 1)) {
                String[] fields = line.split("\t", -1);
                if (fields[0].equals("file") && fields.length == 3) {
                    files.put(unescape(fields[1]), fields[2]);
                } else if ((fields[0].equals("warning") || fields[0].equals("note")) && fields.length == 7) {
                    Location at = new Location(unescape(fields[1]), Integer.parseInt(fields[2]), Integer.parseInt(fields[3]));
                    warnings.add(new Problem(Severity.valueOf(fields[0].toUpperCase(java.util.Locale.ROOT)), at,
                            fields[4].isEmpty() ? Optional.empty() : Optional.of(unescape(fields[4])), unescape(fields[5])));
                } else {
                    return Optional.empty();
                }
            }
            String[] times = lines.get(2).split(" ");
            return Optional.of(new BuildStamp(lines.get(1), ZoneId.of(times[0]), Instant.parse(times[1]),
                    Instant.parse(times[2]), Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), files, warnings));
        } catch (IOException | RuntimeException e) {
            // DateTimeException, NumberFormatException, a truncated line: an unreadable stamp is no stamp.
            return Optional.empty();
        }
    }

    /** Writes the stamp to {@code file} whole or not at all. */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(inputs).append('\n')
                .append(zone.getId()).append(' ').append(builtAt).append(' ').append(validUntil).append('\n')
                .append(found).append(' ').append(published).append('\n');
        new TreeMap<>(files).forEach((name, state) ->
                text.append("file\t").append(escape(name)).append('\t').append(state).append('\n'));
        for (Problem warning : warnings) {
            Location at = warning.location();
            text.append(warning.severity().label()).append('\t').append(escape(at.file())).append('\t').append(at.line()).append('\t')
                    .append(at.column()).append('\t').append(escape(warning.rule().orElse(""))).append('\t')
                    .append(escape(warning.message())).append("\t\n");
        }
        text.append(END).append('\n');
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            // On disk before it takes the old stamp's place: a crash leaves one stamp or the other.
            channel.force(true);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** A stamp that no longer describes the site, removed before the site changes. */
    public static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
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
