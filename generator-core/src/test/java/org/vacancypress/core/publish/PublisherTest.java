package org.vacancypress.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.incremental.BuildCache;
import org.vacancypress.core.incremental.FileHashes;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;

/** The publish step on its own: all or nothing, the previous build's files reused, someone's file kept. */
class PublisherTest {

    @TempDir
    Path dir;

    @Test
    void aRenderingWithAnErrorPublishesNothing() throws IOException {
        Path site = dir.resolve("site");
        publishOne(site, "a.html", "first");
        Problems problems = new Problems();

        OptionalInt rendered = publish(site, target -> {
            target.write("a.html", bytes("second"), "h2");
            problems.error(Location.ofFile("notices/a.yaml"), "broken");
            return 1;
        }, problems);

        assertEquals(OptionalInt.empty(), rendered);
        assertEquals("first", Files.readString(site.resolve("a.html")), "the published site is untouched");
    }

    @Test
    void aFileRenderedFromTheSameInputsIsKeptAndSomeoneElsesFileStays() throws IOException {
        Path site = dir.resolve("site");
        publish(site, target -> {
            target.write("a.html", bytes("page"), "h1");
            target.write("gone.pdf", bytes("pdf"), "h2");
            return 2;
        }, new Problems());
        Files.writeString(site.resolve("notes.txt"), "someone's");

        OptionalInt rendered = publish(site, target -> {
            assertTrue(target.upToDate("a.html", "h1"));
            assertFalse(target.upToDate("a.html", "h3"));
            target.keep("a.html", "h1");
            return 0;
        }, new Problems());

        assertEquals(OptionalInt.of(0), rendered);
        assertEquals("page", Files.readString(site.resolve("a.html")));
        assertEquals("someone's", Files.readString(site.resolve("notes.txt")), "not ours: kept");
        assertFalse(Files.exists(site.resolve("gone.pdf")), "ours, not rendered and not wanted: removed");
    }

    /**
     * A build killed between the two moves of its swap: the published site set aside (as the
     * swap does it), the new one still staged. The next build puts the site back, clears the
     * staging folder, and publishes no mark.
     */
    @Test
    void aSiteSetAsideByAKilledBuildIsPutBackAndItsMarkNeverPublished() throws IOException {
        Path site = dir.resolve("site");
        publishOne(site, "a.html", "published");
        new OutputFolder(site).stage().write("a.html", bytes("half"));
        BuildFolders.setAside(site, dir.resolve(".site.previous-killed"));
        assertFalse(Files.exists(site));

        Problems problems = new Problems();
        try (Publisher publisher = Publisher.open(site, Files::newOutputStream, Map.of())) {
            publisher.recover(problems);
        }

        assertEquals(List.of(), problems.list());
        assertEquals("published", Files.readString(site.resolve("a.html")));
        assertEquals(List.of(".site.lock", "site"), names(dir));
        assertFalse(Files.exists(site.resolve(BuildFolders.MARK)));
        publishOne(site, "b.html", "next");
        assertEquals(List.of(".vacancy-manifest", "b.html"), names(site), "no mark published");
    }

    @Test
    void aDeletionCutShortLeavesAFolderTheNextBuildStillClears() throws IOException {
        Path site = dir.resolve("site");
        publishOne(site, "a.html", "published");
        OutputFolder.Staging staging = new OutputFolder(site).stage();
        for (int i = 0; i < 20; i++) {
            staging.write("page-" + i + ".html", bytes("half"));
        }
        Path left = names(dir).stream().filter(name -> name.startsWith(".site.staging-")).map(dir::resolve)
                .findFirst().orElseThrow();
        int[] deleted = {0};
        assertThrows(IOException.class, () -> BuildFolders.deleteTree(left, path -> {
            if (++deleted[0] > 10) {
                throw new IOException("killed");
            }
            Files.delete(path);
        }));
        assertTrue(Files.exists(left.resolve(BuildFolders.MARK)), "the mark goes last");

        Problems problems = new Problems();
        try (Publisher publisher = Publisher.open(site, Files::newOutputStream, Map.of())) {
            publisher.recover(problems);
        }

        assertEquals(List.of(), problems.list());
        assertEquals(List.of(".site.lock", "site"), names(dir));
    }

    @Test
    void aMarkCutShortByAKillIsStillTheBuildsAndASiteNameMayHoldGlobCharacters() throws IOException {
        Path site = dir.resolve("site[1]");
        publishOne(site, "a.html", "published");
        Path staging = Files.createDirectory(dir.resolve(".site[1].staging-killed"));
        Files.writeString(staging.resolve("a.html"), "half");
        Files.writeString(staging.resolve(BuildFolders.MARK), "vacancy-press .site[1].sta");
        Files.writeString(site.resolve(BuildFolders.MARK), "");

        Problems problems = new Problems();
        try (Publisher publisher = Publisher.open(site, Files::newOutputStream, Map.of())) {
            publisher.recover(problems);
        }

        assertEquals(List.of(), problems.list());
        assertEquals(List.of(".site[1].lock", "site[1]"), names(dir));
        assertEquals(List.of(".vacancy-manifest", "a.html"), names(site));
    }

    @Test
    void aSiteAnEarlierVersionSetAsideIsKeptAndTheErrorSaysToRenameItBack() throws IOException {
        Path site = dir.resolve("site");
        publishOne(site, "a.html", "published");
        Files.move(site, dir.resolve(".site.previous-1234"));

        Problems problems = new Problems();
        try (Publisher publisher = Publisher.open(site, Files::newOutputStream, Map.of())) {
            publisher.recover(problems);
        }

        assertEquals(1, problems.list().size(), problems.list().toString());
        assertTrue(problems.list().get(0).toString().contains("rename it back to site"), problems.list().toString());
        assertEquals("published", Files.readString(dir.resolve(".site.previous-1234/a.html")));
    }

    @Test
    void theNoticesFolderIsNeverTheSite() throws IOException {
        Path notices = Files.createDirectories(dir.resolve("notices"));
        IOException refused = assertThrows(IOException.class,
                () -> Publisher.open(notices, Files::newOutputStream, Map.of("the notices folder", notices)));
        assertTrue(refused.getMessage().contains("the notices folder"), refused.getMessage());
    }

    private OptionalInt publish(Path site, Publisher.Rendering rendering, Problems problems) throws IOException {
        try (Publisher publisher = Publisher.open(site, Files::newOutputStream, Map.of())) {
            BuildCache cache = BuildCache.open(publisher.site(), new BuildCache.Sources(dir.resolve("notices"), dir,
                    Optional.empty(), PublisherTest.class.getClassLoader(), "no/such/folder"), new FileHashes(), "", "settings");
            return publisher.publish(cache, rendering, file -> false, () -> { }, problems);
        }
    }

    private void publishOne(Path site, String file, String text) throws IOException {
        publish(site, target -> {
            target.write(file, bytes(text), "hash of " + text);
            return 1;
        }, new Problems());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
