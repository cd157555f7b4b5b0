package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * @param warnings the warnings the build reported (a published site had no errors)
 */
record BuildStamp(String inputs, ZoneId zone, Instant builtAt, Instant validUntil, int found, int published,
        Map<String, String> files, List<Problem> warnings) {

    private static final String HEADER = "vacancy-press build stamp 3";

    BuildStamp {
        files = Map.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** Where the stamp of the site in {@code site} is kept: beside it, like its lock. */
    static Path fileFor(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".stamp");
    }

    /** Whether a build with these inputs, at {@code now}, would publish the site in {@code site} as it is. */
    boolean holds(String currentInputs, Instant now, Path site) {
        return inputs.equals(currentInputs) && !now.isBefore(builtAt) && now.isBefore(validUntil)
                && snapshot(site).filter(files::equals).isPresent();
    }

    /**
     * Every regular file of the site by relative path, with its size and modification time:
     * a file deleted, edited or added since the stamp was written makes the stamp not hold.
     * Empty when the site cannot be read whole: such a site is never taken as up to date.
     */
    static Optional<Map<String, String>> snapshot(Path site) {
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
    static Optional<BuildStamp> read(Path file) {
        try {
            return RecordFile.read(file, HEADER).flatMap(BuildStamp::of);
        } catch (RuntimeException e) {
            // DateTimeException, NumberFormatException: an unreadable stamp is no stamp.
            return Optional.empty();
        }
    }

    private static Optional<BuildStamp> of(List<List<String>> records) {
        if (records.size() < 2 || records.get(0).size() != 6 || !records.get(0).get(0).equals("build")) {
            return Optional.empty();
        }
        List<String> build = records.get(0);
        Map<String, String> files = new TreeMap<>();
        List<Problem> warnings = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.get(0).equals("file") && record.size() == 3) {
                files.put(record.get(1), record.get(2));
            } else if ((record.get(0).equals("warning") || record.get(0).equals("note")) && record.size() == 6) {
                Location at = new Location(record.get(1), Integer.parseInt(record.get(2)), Integer.parseInt(record.get(3)));
                warnings.add(new Problem(record.get(0).equals("note") ? Severity.NOTE : Severity.WARNING, at,
                        record.get(4).isEmpty() ? Optional.empty() : Optional.of(record.get(4)), record.get(5)));
            } else {
                return Optional.empty();
            }
        }
        String[] counts = build.get(5).split(" ");
        return Optional.of(new BuildStamp(build.get(1), ZoneId.of(build.get(2)), Instant.parse(build.get(3)),
                Instant.parse(build.get(4)), Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), files, warnings));
    }

    /** Writes the stamp to {@code file} whole or not at all. */
    void write(Path file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("build", inputs, zone.getId(), builtAt.toString(), validUntil.toString(),
                found + " " + published));
        new TreeMap<>(files).forEach((name, state) -> records.add(List.of("file", name, state)));
        for (Problem warning : warnings) {
            Location at = warning.location();
            records.add(List.of(warning.severity() == Severity.NOTE ? "note" : "warning", at.file(), Integer.toString(at.line()), Integer.toString(at.column()),
                    warning.rule().orElse(""), warning.message()));
        }
        RecordFile.writeDurably(file, RecordFile.bytes(HEADER, records));
    }
}
