package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is published, and that publishing replaces the previous site as a whole. */
class PublishTest {

    @TempDir
    Path dir;

    private Path draftFolder() {
        return Fixtures.folderWith(dir, "draft-notice", Fixtures.validNotice().replace("directReports: true",
                "directReports: true\ndraft: true"));
    }

    @Test
    void draftsAreNotPublishedUnlessAskedFor() {
        Path folder = draftFolder();
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("site"))).html();
        assertEquals(1, result.noticesFound());
        assertEquals(0, result.noticesPublished());
        assertFalse(Files.exists(dir.resolve("site/draft-notice.html")));

        BuildRequest preview = Fixtures.request(folder, dir.resolve("preview")).withDrafts(true);
        assertEquals(1, new Generator(preview).html().noticesPublished());
        assertTrue(Files.exists(dir.resolve("preview/draft-notice.html")));
    }

    @Test
    void aNewBuildRemovesWhatTheSourcesNoLongerHaveAndLeavesNoStagingFolder() throws IOException {
        Path site = dir.resolve("site");
        Path folder = Fixtures.folderWith(dir, "kept-notice", Fixtures.validNotice());
        Files.writeString(folder.resolve("deleted-notice.yaml"),
                Fixtures.validNotice().replace("VN 2018/195 (P)", "VN 2030/1 (P)"));
        new Generator(Fixtures.request(folder, site)).html();
        assertTrue(Files.exists(site.resolve("deleted-notice.html")));
        Files.delete(folder.resolve("deleted-notice.yaml"));
        new Generator(Fixtures.request(folder, site)).html();
        assertFalse(Files.exists(site.resolve("deleted-notice.html")));
        assertTrue(Files.exists(site.resolve("kept-notice.html")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(".site.hashes", ".site.lists", ".site.lock", ".site.notices", ".site.stamp", "notices", "site"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "only the site, its lock, its stamp, its notices cache, its lists' checksums and its files' hashes"
                            + " are left beside the site");
        }
    }

    @Test
    void aLongBuildReportsItsProgressEveryTenth() throws IOException {
        Path folder = Fixtures.folderWith(dir, "notice-0", Fixtures.validNotice());
        for (int i = 1; i < 120; i++) {
            Files.writeString(folder.resolve("notice-" + i + ".yaml"),
                    Fixtures.validNotice().replace("VN 2018/195 (P)", "VN 2030/" + i + " (P)"));
        }
        List<String> progress = new java.util.ArrayList<>();
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("site"))).onProgress(progress::add).html();
        assertEquals(120, result.noticesRendered());
        assertEquals(10, progress.size(), progress.toString());
        assertEquals("Rendered 12 of 120 notices (10 %)", progress.get(0));
        assertEquals("Rendered 120 of 120 notices (100 %)", progress.get(9));
    }

    @Test
    void openAndClosedFollowTheDay() {
        Path site = dir.resolve("site");
        LocalDate dayBeforeClosing = LocalDate.of(2018, 8, 23);
        new Generator(Fixtures.request(Fixtures.NOTICES, site).withToday(dayBeforeClosing)).html();
        assertFalse(Fixtures.page(site.resolve("protection-coordinator-tripoli-2018.html")).text()
                .contains("This vacancy is closed."), "open until the end of its closing day");
        new Generator(Fixtures.request(Fixtures.NOTICES, site).withToday(dayBeforeClosing.plusDays(1))).html();
        assertTrue(Fixtures.page(site.resolve("protection-coordinator-tripoli-2018.html")).text()
                .contains("This vacancy is closed."));
    }
}
