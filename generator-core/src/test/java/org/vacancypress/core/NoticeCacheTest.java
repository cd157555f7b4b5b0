package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;

/**
 * The notices as read and checked, kept beside the site: a build reads only the notice files
 * that changed, and publishes what a build from nothing publishes.
 */
class NoticeCacheTest {

    private static final String TRIPOLI = "protection-coordinator-tripoli-2018";
    private static final String COXS_BAZAR = "protection-programme-officer-coxs-bazar-2025";
    /** An edit that brings a warning (the title's apostrophe damaged by a wrong encoding). */
    private static final String[] DAMAGED = {"title: ", "title: Staffâ€™s "};
    private static final String[] SENIOR = {"title: Protection Programme Officer", "title: Senior Protection Programme Officer"};

    @TempDir
    Path dir;
    Path notices;
    Path site;
    Path cache;

    @BeforeEach
    void copyTheRealNotices() throws IOException {
        notices = Fixtures.copyOfNotices(dir);
        site = dir.resolve("site");
        cache = dir.resolve(".site.notices");
    }

    private BuildResult build() {
        BuildResult result = new Generator(Fixtures.request(notices, site)).build();
        assertTrue(result.succeeded(), result.problems().toString());
        return result;
    }

    /** The lists of the site, where every notice's title shows. */
    private String lists() throws IOException {
        return Fixtures.read(site.resolve("index.html")) + Fixtures.read(site.resolve("archive.html"));
    }

    /**
     * Changes the title the cache keeps for Tripoli's notice, not its file: a build that shows
     * the changed title took the notice from the cache instead of reading its file.
     */
    private void changeTheKeptTitle() throws IOException {
        String kept = Files.readString(cache, StandardCharsets.UTF_8);
        String changed = kept.replace("\"title\":\"Protection Coordinator\"", "\"title\":\"Kept Coordinator\"");
        assertNotEquals(kept, changed, "the cache keeps Tripoli's notice");
        Files.writeString(cache, changed, StandardCharsets.UTF_8);
    }

    private void edit(String notice, String from, String to) throws IOException {
        edit(notices, notice, from, to);
    }

    private static void edit(Path folder, String notice, String from, String to) throws IOException {
        Path file = folder.resolve(notice + ".yaml");
        String text = Files.readString(file);
        assertTrue(text.contains(from));
        Files.writeString(file, text.replace(from, to));
    }

    private Object fileKey(String file) throws IOException {
        return Files.readAttributes(site.resolve(file), BasicFileAttributes.class).fileKey();
    }

    @Test
    void oneChangedNoticeIsTheOnlyOneReadAndRendered() throws IOException {
        build();
        changeTheKeptTitle();
        Object tripoliPage = fileKey(TRIPOLI + ".html");
        Object tripoliPdf = fileKey(TRIPOLI + ".pdf");
        Object coxsBazarPage = fileKey(COXS_BAZAR + ".html");
        edit(COXS_BAZAR, SENIOR[0], SENIOR[1]);

        BuildResult result = build();

        assertEquals(1, result.noticesRendered());
        assertTrue(lists().contains("Kept Coordinator"), "Tripoli's notice came from the cache, its file unread");
        assertTrue(lists().contains("Senior Protection Programme Officer"), "the lists show the changed notice");
        assertEquals(tripoliPage, fileKey(TRIPOLI + ".html"), "an unchanged notice's page is kept, not written");
        assertEquals(tripoliPdf, fileKey(TRIPOLI + ".pdf"));
        assertNotEquals(coxsBazarPage, fileKey(COXS_BAZAR + ".html"));
        assertTrue(Fixtures.page(site.resolve(COXS_BAZAR + ".html")).title()
                .contains("Senior Protection Programme Officer"));
    }

    @Test
    void aBuildTakesWholeFromTheCacheOnlyTheNoticesItRenders() throws IOException {
        build();
        byte[] tripoliPage = Files.readAllBytes(site.resolve(TRIPOLI + ".html"));
        edit(COXS_BAZAR, SENIOR[0], SENIOR[1]);
        Generator oneChanged = new Generator(Fixtures.request(notices, site));
        assertTrue(oneChanged.build().succeeded());
        assertEquals(0, oneChanged.noticesTakenWhole(), "the lists, the search and the checks read only summaries");
        assertTrue(lists().contains("Senior Protection Programme Officer"));

        Files.delete(site.resolve(TRIPOLI + ".html"));
        Generator onePageGone = new Generator(Fixtures.request(notices, site));
        assertTrue(onePageGone.build().succeeded());
        assertEquals(1, onePageGone.noticesTakenWhole(), "only the notice whose page is rendered again");
        assertEquals(new String(tripoliPage, StandardCharsets.UTF_8), Files.readString(site.resolve(TRIPOLI + ".html")),
                "a page rendered from the cache's record is the page rendered from the file");

        changeTheKeptTitle();
        Files.delete(site.resolve(TRIPOLI + ".html"));
        assertTrue(new Generator(Fixtures.request(notices, site)).build().succeeded());
        assertTrue(Fixtures.page(site.resolve(TRIPOLI + ".html")).title().contains("Kept Coordinator"),
                "the page was rendered from the cache's record, its file unread");
    }

    @Test
    void aCacheOfTheFormatBeforeIsReadAsNoneAndWrittenAgain() throws IOException {
        build();
        changeTheKeptTitle();
        // The format before: one JSON text a notice (the notice and its problems), no summary.
        StringBuilder before = new StringBuilder();
        for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
            before.append(line.startsWith("notice\t") ? line.substring(0, line.lastIndexOf('\t'))
                    : line.replace("vacancy-press notices 4", "vacancy-press notices 3")).append('\n');
        }
        Files.writeString(cache, before, StandardCharsets.UTF_8);
        edit(COXS_BAZAR, SENIOR[0], SENIOR[1]);

        build();
        assertFalse(lists().contains("Kept Coordinator"), "every notice was read again");
        assertTrue(lists().contains("Senior Protection Programme Officer"));
        assertTrue(Files.readString(cache, StandardCharsets.UTF_8).startsWith("vacancy-press notices 4\n"),
                "the cache is written anew in its format");
    }

    @Test
    void aChangedSharedInputReadsEveryNoticeAgain() throws IOException {
        build();
        changeTheKeptTitle();
        Files.writeString(notices.resolve("_organization.yaml"), "\n# amended\n", StandardOpenOption.APPEND);

        assertEquals(7, build().noticesRendered());
        assertFalse(lists().contains("Kept Coordinator"), "every notice was read again");
        assertTrue(lists().contains("Protection Coordinator"));
    }

    @Test
    void aCacheFileThatCannotBeReadIsNoCache() throws IOException {
        build();
        String kept = Files.readString(cache, StandardCharsets.UTF_8);
        List<String> unreadable = List.of("", "vacancy-press notices\n", kept.replace("vacancy-press notices 4", "vacancy-press notices 99"),
                kept.substring(0, kept.length() / 2), kept.replace("\"title\":", "\"titel\":"),
                kept.replace("\"opens\":\"", "\"opens\":\"tomorrow "), kept.replace("\"file\":[1,1]", "\"file\":[1,\"one\"]"),
                kept.replace("\nend\n", "\ngone\nend\n"), kept.replace("\nend\n", "\nunknown\tgone\nend\n"));
        for (String text : unreadable) {
            assertNotEquals(kept, text);
            Files.writeString(cache, text, StandardCharsets.UTF_8);
            Files.writeString(notices.resolve(TRIPOLI + ".yaml"), "# amended\n", StandardOpenOption.APPEND);
            BuildResult result = build();
            assertEquals(1, result.noticesRendered(), text);
            assertTrue(lists().contains("Protection Programme Officer"), "the notices the cache lost are read again");
        }
    }

    @Test
    void whatIsBuiltFromTheCacheIsWhatABuildFromNothingPublishes() throws IOException {
        edit(TRIPOLI, DAMAGED[0], DAMAGED[1]);
        build();
        edit(COXS_BAZAR, SENIOR[0], SENIOR[1]);
        List<Problem> fromTheCache = build().problems();
        assertTrue(fromTheCache.stream().anyMatch(problem -> problem.location().file().contains(TRIPOLI)),
                "a kept notice's warnings are reported again: " + fromTheCache);

        Path clean = Fixtures.copyOfNotices(Files.createDirectories(dir.resolve("clean")));
        edit(clean, TRIPOLI, DAMAGED[0], DAMAGED[1]);
        edit(clean, COXS_BAZAR, SENIOR[0], SENIOR[1]);
        Path cleanSite = clean.resolveSibling("site");
        BuildResult fromNothing = new Generator(Fixtures.request(clean, cleanSite)).build();

        assertEquals(fromNothing.problems().toString(), fromTheCache.toString());
        assertEquals(files(cleanSite), files(site));
    }

    @Test
    void aVacancyAddedAgainstAKeptOneIsCheckedAgainstIt() throws IOException {
        build();
        Files.copy(notices.resolve(TRIPOLI + ".yaml"), notices.resolve("tripoli-again.yaml"));
        BuildResult result = new Generator(Fixtures.request(notices, site)).build();
        assertFalse(result.succeeded());
        assertEquals(2, result.problems().stream()
                .filter(problem -> problem.message().startsWith("reference 'VN 2018/195 (P)' is used by several"))
                .count(), result.problems().toString());
    }

    @Test
    void theGeneratorKeepsTheNoticesInMemoryBetweenItsBuilds() throws IOException {
        Generator generator = new Generator(Fixtures.request(notices, site));
        assertTrue(generator.build().succeeded());
        changeTheKeptTitle();
        edit(COXS_BAZAR, SENIOR[0], SENIOR[1]);
        assertTrue(generator.build().succeeded());
        assertFalse(lists().contains("Kept Coordinator"), "the notices in memory, not the cache file");
        assertTrue(lists().contains("Senior Protection Programme Officer"));
    }

    @Test
    void aChangedNoticeIsAddedToTheCacheFileNotWrittenWithTheOthersAgain() throws IOException {
        build();
        byte[] before = Files.readAllBytes(cache);
        edit(COXS_BAZAR, SENIOR[0], SENIOR[1]);
        build();
        byte[] after = Files.readAllBytes(cache);

        assertTrue(after.length > before.length);
        assertEquals(new String(before, StandardCharsets.UTF_8),
                new String(after, 0, before.length, StandardCharsets.UTF_8), "the kept notices are not written again");
        String added = new String(after, before.length, after.length - before.length, StandardCharsets.UTF_8);
        assertTrue(added.contains("Senior Protection Programme Officer"), added);
        assertFalse(added.contains("Protection Coordinator"), "only the changed notice is added");

        changeTheKeptTitle();
        edit(COXS_BAZAR, SENIOR[1], SENIOR[0]);
        assertEquals(1, build().noticesRendered());
        assertTrue(lists().contains("Kept Coordinator"), "a cache with notices added is read whole");
        assertTrue(lists().contains(SENIOR[0].substring("title: ".length())), "the notice added last counts");
        assertFalse(lists().contains("Senior Protection Programme Officer"));
    }

    @Test
    void aCacheFileWhoseLastAdditionWasCutShortIsNoCache() throws IOException {
        build();
        edit(COXS_BAZAR, SENIOR[0], SENIOR[1]);
        build();
        changeTheKeptTitle();
        byte[] kept = Files.readAllBytes(cache);
        // A crash while the last notice was added: the file ends inside its record.
        Files.write(cache, java.util.Arrays.copyOf(kept, kept.length - 20));
        Files.writeString(notices.resolve(TRIPOLI + ".yaml"), "# amended\n", StandardOpenOption.APPEND);

        build();
        assertFalse(lists().contains("Kept Coordinator"), "every notice was read again");
        assertTrue(lists().contains("Senior Protection Programme Officer"));
        assertTrue(Files.readString(cache, StandardCharsets.UTF_8).endsWith("\nend\n"), "the cache is written whole again");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
