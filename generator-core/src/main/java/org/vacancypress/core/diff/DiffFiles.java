package org.vacancypress.core.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What vacancy:diff writes into its report folder: the two reports, and the folder it builds
 * both sites in. The report folder may be one its user keeps other files in, so a file there
 * is replaced only when an earlier comparison wrote it.
 */
public final class DiffFiles {

    public static final String MARKDOWN = "vacancy-diff.md";
    public static final String HTML = "vacancy-diff.html";
    /** Where the base revision's notices are exported and both sites built; emptied by each comparison. */
    public static final String WORK = "vacancy-diff";

    private DiffFiles() {
    }

    /**
     * What a comparison into {@code reports} would replace or delete that no comparison wrote,
     * each with why; empty when it may go ahead.
     */
    public static List<String> notWrittenByDiff(Path reports) throws IOException {
        List<String> foreign = new ArrayList<>(notReports(reports));
        foreign.addAll(notWork(reports.resolve(WORK)));
        return foreign;
    }

    /** Writes both reports, replacing only reports an earlier comparison wrote. */
    public static void write(Path reports, SiteDiff.Result result) throws IOException {
        refuse(notReports(reports));
        Files.createDirectories(reports);
        Files.writeString(reports.resolve(MARKDOWN), DiffReport.markdown(result), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve(HTML), DiffReport.html(result), StandardCharsets.UTF_8);
    }

    /** Stops a comparison that would empty a work folder holding files it did not make. */
    static void refuseForeignWork(Path work) throws IOException {
        refuse(notWork(work));
    }

    private static void refuse(List<String> foreign) throws IOException {
        if (!foreign.isEmpty()) {
            throw new IOException(String.join("; ", foreign));
        }
    }

    private static List<String> notReports(Path reports) throws IOException {
        List<String> foreign = new ArrayList<>();
        notAReport(reports.resolve(MARKDOWN), DiffReport.MARKDOWN_HEADING).ifPresent(foreign::add);
        notAReport(reports.resolve(HTML), DiffReport.HTML_START).ifPresent(foreign::add);
        return foreign;
    }

    private static Optional<String> notAReport(Path file, String start) throws IOException {
        if (!Files.exists(file) || Files.isRegularFile(file) && startsWith(file, start)) {
            return Optional.empty();
        }
        return Optional.of(file + " exists and is not a report of vacancy:diff: it is left as it is; move"
                + " it, or write the reports to another folder");
    }

    private static boolean startsWith(Path file, String start) throws IOException {
        byte[] expected = start.getBytes(StandardCharsets.UTF_8);
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(expected.length), expected);
        }
    }

    /** The entries of a work folder that a comparison did not make: anything but the export and the two sites. */
    private static List<String> notWork(Path work) throws IOException {
        if (!Files.exists(work)) {
            return List.of();
        }
        if (!Files.isDirectory(work)) {
            return List.of(work + " exists and is not vacancy:diff's work folder: it is left as it is; move it, or"
                    + " write the reports to another folder");
        }
        try (Stream<Path> entries = Files.list(work)) {
            List<String> foreign = entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.replaceFirst("^\\.", "").matches("base-sources|(before|after)(\\..+)?"))
                    .sorted().toList();
            return foreign.isEmpty() ? List.of() : List.of(work + " holds " + String.join(", ", foreign)
                    + ", which vacancy:diff did not write: the folder is left as it is; move them, or write the"
                    + " reports to another folder");
        }
    }
}
