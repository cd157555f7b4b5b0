package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;

/**
 * A build with no room to hold its notices whole between loading and rendering holds their
 * outlines and reads each file again to render it: the site is the same, byte for byte, and a
 * file changed in between is an error, not a page of text that was never checked.
 */
class HeldNoticesTest {

    @TempDir
    Path dir;

    @Test
    void aSiteOfOutlinedNoticesIsTheSameByteForByte() throws IOException {
        Path notices = Fixtures.crowdedFolder(dir.resolve("crowded"));
        BuildRequest request = Fixtures.request(notices, dir.resolve("whole")).withToday(Fixtures.SITE_DAY);
        assertEquals(0, new Generator(request).build().errorCount());
        BuildResult outlined = new Generator(request.withOutputDirectory(dir.resolve("outlined"))).holdingNoticesIn(0)
                .build();

        assertEquals(List.of(), outlined.problems().stream().filter(Problem::isError).toList());
        assertEquals(10, outlined.noticesPublished());
        Map<String, byte[]> whole = files(dir.resolve("whole"));
        assertTrue(whole.keySet().stream().filter(file -> file.endsWith(".pdf")).count() >= 10, whole.keySet().toString());
        assertSameFiles(whole, files(dir.resolve("outlined")));
    }

    /** Notices taken from the cache of an earlier build, then outlined: their words still reach the list's search. */
    @Test
    void aRebuildOfOutlinedNoticesKeptFromTheCacheIsTheSameAsAFullBuild() throws IOException {
        Path notices = Fixtures.siteFolder(dir.resolve("kept"));
        BuildRequest request = Fixtures.request(notices, dir.resolve("kept/site")).withToday(Fixtures.SITE_DAY);
        Generator outlining = new Generator(request).holdingNoticesIn(0);
        assertEquals(0, outlining.html().errorCount());
        Path changed = notices.resolve("protection-coordinator-tripoli-2018.yaml");
        Files.writeString(changed, Files.readString(changed).replace("Tripoli", "Benghazi"), StandardCharsets.UTF_8);
        BuildResult rebuilt = new Generator(request).holdingNoticesIn(0).html();

        assertEquals(1, rebuilt.noticesRendered(), rebuilt.toString());
        assertEquals(0, new Generator(request.withOutputDirectory(dir.resolve("full"))).html().errorCount());
        Map<String, byte[]> full = files(dir.resolve("full"));
        assertTrue(new String(full.get("search-index.js"), StandardCharsets.UTF_8).contains("benghazi"),
                "the list's search holds the changed notice's words");
        assertSameFiles(full, files(dir.resolve("kept/site")));
    }

    @Test
    void aNoticeFileChangedBetweenLoadingAndRenderingIsAnErrorAndNothingIsPublished() throws IOException {
        Path notices = Fixtures.siteFolder(dir.resolve("changing"));
        Path file = notices.resolve("protection-coordinator-tripoli-2018.yaml");
        AtomicBoolean edited = new AtomicBoolean();
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site")).withThreads(1),
                written -> {
                    // The first file the render step writes: every notice is loaded, none read again yet.
                    if (!edited.getAndSet(true)) {
                        Files.writeString(file, Files.readString(file).replace("Tripoli", "Misrata"));
                    }
                    return Files.newOutputStream(written);
                }).holdingNoticesIn(0).html();

        assertTrue(edited.get());
        assertEquals(List.of("notices/protection-coordinator-tripoli-2018.yaml:1:1: error: the file changed while the"
                + " site was built; build again"), result.problems().stream().filter(Problem::isError)
                .map(Problem::toString).toList());
        assertFalse(Files.exists(dir.resolve("site/index.html")), "no site is published");
    }

    /**
     * A notice the cache kept, whose record there cannot be read whole, is read again from its
     * file to render it: a file changed since the build loaded it is an error, as for a notice
     * outlined from its file. Two pages to render again, on one thread: the file changes when the
     * first is written, before the kept notice's turn.
     */
    @Test
    void aKeptNoticeReadAgainFromItsFileIsRefusedWhenTheFileChangedSinceItWasLoaded() throws IOException {
        Path notices = Fixtures.siteFolder(dir.resolve("kept"));
        Path site = dir.resolve("site");
        BuildRequest request = Fixtures.request(notices, site).withToday(Fixtures.SITE_DAY).withThreads(1);
        assertEquals(0, new Generator(request).html().errorCount());
        String kept = "protection-coordinator-tripoli-2018";
        Path cache = dir.resolve(".site.notices");
        List<String> records = Files.readAllLines(cache, StandardCharsets.UTF_8);
        // The whole notice is the record's last field, after its summary: only the whole cannot be read.
        List<String> damaged = records.stream().map(record -> record.startsWith("notice\t")
                && record.contains(kept + ".yaml\t") ? record.substring(0, record.lastIndexOf('\t'))
                + record.substring(record.lastIndexOf('\t')).replace("\"reference\":", "\"referenze\":") : record)
                .toList();
        assertNotEquals(records, damaged, "the kept notice's whole record names its fields");
        Files.write(cache, damaged, StandardCharsets.UTF_8);
        Files.delete(site.resolve("national-protection-officer-avm-tripoli-2025.html"));
        Files.delete(site.resolve(kept + ".html"));
        Path file = notices.resolve(kept + ".yaml");
        AtomicBoolean edited = new AtomicBoolean();

        BuildResult result = new Generator(request, written -> {
            if (!edited.getAndSet(true)) {
                Files.writeString(file, Files.readString(file).replace("Tripoli", "Misrata"));
            }
            return Files.newOutputStream(written);
        }).holdingNoticesIn(0).html();

        assertTrue(edited.get());
        assertEquals(List.of("notices/" + kept + ".yaml:1:1: error: the file changed while the site was built; build"
                + " again"), result.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        assertFalse(Files.exists(site.resolve(kept + ".html")), "nothing is published");
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, actual.get(file)), file));
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            all.filter(Files::isRegularFile).forEach(file -> {
                try {
                    files.put(site.relativize(file).toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
