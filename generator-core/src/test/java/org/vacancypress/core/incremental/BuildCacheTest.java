package org.vacancypress.core.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;

/** The incremental package on its own: its one file format, the stamp and the cache's decisions. */
class BuildCacheTest {

    private static final Instant BUILT = Instant.parse("2026-04-20T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void recordsKeepTabsLineBreaksAndBackslashesAndACutFileIsNoFile() throws IOException {
        List<List<String>> records = List.of(List.of("file", "a\tb.html", "x"),
                List.of("warning", "notices/é.yaml", "line one\nline two \\t not a tab", ""));
        Path file = dir.resolve("records");
        RecordFile.writeDurably(file, RecordFile.bytes("kind 1", records));

        assertEquals(Optional.of(records), RecordFile.read(file, "kind 1"));
        assertEquals(Optional.empty(), RecordFile.read(file, "kind 2"), "another kind is not read");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(file, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), RecordFile.read(file, "kind 1"), "a file without its last line is no file");
    }

    @Test
    void aStampHoldsOnlyForItsInputsItsTimeAndItsSiteAsItWas() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "list");
        Problem warning = Problem.warning("duplicate-item", new Location("notices/a.yaml", 3, 5), "repeated\tthere");
        BuildStamp stamp = new BuildStamp("inputs", ZoneId.of("Europe/Zurich"), BUILT, BUILT.plusSeconds(3600), 2, 1,
                BuildStamp.snapshot(site).orElseThrow(), List.of(warning));
        Path file = BuildStamp.fileFor(site);
        stamp.write(file);

        BuildStamp read = BuildStamp.read(file).orElseThrow();
        assertEquals(stamp, read);
        assertTrue(read.holds("inputs", BUILT.plusSeconds(60), site));
        assertFalse(read.holds("other inputs", BUILT.plusSeconds(60), site));
        assertFalse(read.holds("inputs", BUILT.minusSeconds(1), site), "a clock set back");
        assertFalse(read.holds("inputs", BUILT.plusSeconds(3600), site), "the site changes by itself then");
        Files.writeString(site.resolve("added.html"), "someone's");
        assertFalse(read.holds("inputs", BUILT.plusSeconds(60), site), "a file added to the site");
    }

    @Test
    void aNoticeHashFollowsItsFileItsStateAndItsTranslations() throws IOException {
        Path notices = Files.createDirectories(dir.resolve("notices"));
        Path notice = notices.resolve("a.yaml");
        Files.writeString(notice, "title: A");
        BuildCache cache = cache(notices, Files.createDirectories(dir.resolve("site")));
        String hash = cache.noticeHash(Optional.of(notice), true, List.of());

        assertEquals(hash, cache.noticeHash(Optional.of(notice), true, List.of()));
        assertNotEquals(hash, cache.noticeHash(Optional.of(notice), false, List.of()), "closed since");
        assertNotEquals(hash, cache.noticeHash(Optional.of(notice), true, List.of("fr:a-fr.html")), "translated since");
        Files.writeString(notice, "title: B");
        assertNotEquals(hash, cache.noticeHash(Optional.of(notice), true, List.of()), "edited since");
        assertNotEquals(cache.pageHash(hash, Optional.of("84 KB")), cache.pageHash(hash, Optional.of("85 KB")));
    }

    @Test
    void aFileTheLastBuildDidNotPublishIsSomeoneElsesAndStays() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("a.pdf"), "pdf");
        Files.write(site.resolve(Manifest.FILE), RecordFile.bytes("vacancy-press manifest 3",
                List.of(List.of("file", "a.pdf", "h1"), List.of("file", "gone.pdf", "h2"))));
        BuildCache cache = cache(Files.createDirectories(dir.resolve("notices")), site);

        assertTrue(cache.upToDate("a.pdf", "h1"));
        assertFalse(cache.upToDate("a.pdf", "h3"), "rendered from other inputs");
        assertFalse(cache.upToDate("gone.pdf", "h2"), "listed, but no longer in the site");
        assertTrue(cache.carriesOver("notes.txt", file -> false), "not ours: stays");
        assertFalse(cache.carriesOver("gone.pdf", file -> false), "ours and not wanted: removed");
        assertTrue(cache.carriesOver("a.pdf", file -> true));
        assertFalse(cache.carriesOver(Manifest.FILE, file -> true), "the manifest is written anew");
        Path written = dir.resolve("manifest");
        Files.write(written, cache.manifest());
        assertEquals(Optional.of(List.of(List.of("file", "a.pdf", "h1"))),
                RecordFile.read(written, "vacancy-press manifest 3"), "someone's file stays out of the manifest");
    }

    @Test
    void aDictionaryChangedSinceTheStampedBuildMakesTheStampNotHold() throws IOException {
        Path notices = Files.createDirectories(dir.resolve("notices"));
        Files.writeString(notices.resolve("a.yaml"), "title: A");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "list");
        cache(notices, site).stamp(ZoneId.of("UTC"), BUILT, BUILT.plusSeconds(3600), 1, 1, List.of());
        assertTrue(cache(notices, site).unchanged(zone -> BUILT.plusSeconds(60)).isPresent());

        Files.createDirectories(notices.resolve("_data"));
        Files.writeString(notices.resolve("_data/dictionary.txt"), "Tripolitania\n");
        assertFalse(cache(notices, site).unchanged(zone -> BUILT.plusSeconds(60)).isPresent(),
                "the proofreading warnings the stamp replays may differ now");
    }

    private BuildCache cache(Path notices, Path site) throws IOException {
        return BuildCache.open(site, new BuildCache.Sources(notices, dir, Optional.empty(),
                BuildCacheTest.class.getClassLoader(), "no/such/folder"), new FileHashes(), "", "settings");
    }
}
