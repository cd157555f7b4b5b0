package org.vacancypress.core;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site's lists, feeds and sitemap are rendered again only when what they show of a notice
 * changed, and are then the same bytes as a whole build's.
 */
class SiteListsTest {

    private static final String SAVED = "protection-programme-officer-coxs-bazar-2025";
    /** While the saved notice is open: its words are in the search index. */
    private static final LocalDate OPEN = LocalDate.of(2025, 8, 30);
    private static final List<String> LISTS = List.of("index.html", "archive.html", "jobs.json", "feed.xml", "sitemap.xml");

    @TempDir
    Path dir;

    private BuildRequest request(Path notices, Path site) {
        return Fixtures.request(notices, site).withToday(OPEN).withBaseUrl(URI.create("https://careers.example.org/"));
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /** Every file of {@code site} as a whole build in a fresh folder publishes it. */
    private void sameAsAWholeBuild(Path notices, Path site, String name) throws IOException {
        sameAsAWholeBuild(request(notices, dir.resolve(name)), site);
    }

    private void sameAsAWholeBuild(BuildRequest wholeBuild, Path site) throws IOException {
        Path whole = wholeBuild.outputDirectory();
        assertTrue(new Generator(wholeBuild).build().succeeded());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(whole)) {
            files = walk.filter(Files::isRegularFile).map(whole::relativize)
                    .filter(file -> !file.getFileName().toString().startsWith(".vacancy-")).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(site)) {
            assertEquals(files.size(), walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".vacancy-")).count());
        }
        for (Path file : files) {
            assertTrue(Arrays.equals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(site.resolve(file))),
                    file + " differs from a whole build's");
        }
    }

    @Test
    void aSavedTextKeepsTheListsAndATitleRendersThemAgainBothAsAWholeBuild() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Path site = dir.resolve("preview");
        Generator generator = new Generator(request(notices, site));
        assertTrue(generator.build().succeeded());
        Object index = fileKey(site.resolve("index.html"));
        assertTrue(Files.readString(site.resolve("index.html")).contains("Protection Programme Officer"),
                "the saved notice is listed");

        Path saved = notices.resolve(SAVED + ".yaml");
        Files.writeString(saved, Files.readString(saved).replace("Eight years have passed", "Nine years have passed"));
        assertTrue(generator.build().succeeded());
        for (String list : LISTS) {
            assertTrue(Files.exists(site.resolve(list)), list);
        }
        assertEquals(index, fileKey(site.resolve("index.html")), "the list is kept: nothing it shows changed");
        assertTrue(Files.readString(site.resolve("search-index.js")).contains("nine"), "the search finds the new word");
        sameAsAWholeBuild(notices, site, "whole-after-text");

        aNewTitleRendersTheListsAgain(notices, site, saved, index, generator::build);
    }

    @Test
    void aBuildFromTheCommandLineKeepsTheListsTheLastOneRendered() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Path site = dir.resolve("site");
        assertTrue(new Generator(request(notices, site)).build().succeeded());
        List<Object> lists = new java.util.ArrayList<>();
        for (String list : LISTS) {
            lists.add(fileKey(site.resolve(list)));
        }

        Path saved = notices.resolve(SAVED + ".yaml");
        Files.writeString(saved, Files.readString(saved).replace("Eight years have passed", "Nine years have passed"));
        assertTrue(new Generator(request(notices, site)).build().succeeded(), "a build in a JVM of its own");
        for (int i = 0; i < LISTS.size(); i++) {
            assertEquals(lists.get(i), fileKey(site.resolve(LISTS.get(i))), LISTS.get(i) + " is kept: nothing it shows changed");
        }
        assertTrue(Files.readString(site.resolve("search-index.js")).contains("nine"), "the search finds the new word");
        sameAsAWholeBuild(notices, site, "whole-after-text");

        Files.writeString(dir.resolve(".site.lists"), "vacancy-press site files 1\nnot what the lists were rendered from\n");
        Files.writeString(saved, Files.readString(saved).replace("Nine years have passed", "Ten years have passed"));
        assertTrue(new Generator(request(notices, site)).build().succeeded());
        assertNotEquals(lists.get(0), fileKey(site.resolve("index.html")), "a file beside the site that cannot be read"
                + " keeps nothing");

        aNewTitleRendersTheListsAgain(notices, site, saved, fileKey(site.resolve("index.html")),
                () -> new Generator(request(notices, site)).build());
    }

    /**
     * A build from the command line tells a published list changed since by its size and
     * modification time, as git's index does, and does not read the lists again: an edit that
     * keeps both is not seen, one that changes the size is rendered over.
     */
    @Test
    void aBuildFromTheCommandLineTellsAnEditedListByItsSizeAndTimeWithoutReadingIt() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Path site = dir.resolve("site");
        assertTrue(new Generator(request(notices, site)).html().succeeded());
        Path feed = site.resolve("feed.xml");
        String published = Files.readString(feed);
        FileTime time = Files.getLastModifiedTime(feed);
        String sameSize = published.replace("Protection Programme Officer", "Protection Programme 0fficer");
        assertNotEquals(published, sameSize);
        Files.writeString(feed, sameSize);
        Files.setLastModifiedTime(feed, time);

        Path saved = notices.resolve(SAVED + ".yaml");
        Files.writeString(saved, Files.readString(saved).replace("Eight years have passed", "Nine years have passed"));
        assertTrue(new Generator(request(notices, site)).html().succeeded());
        assertEquals(sameSize, Files.readString(feed), "kept by its size and time, unread");

        Files.writeString(feed, "<!-- mine -->", StandardOpenOption.APPEND);
        Files.writeString(saved, Files.readString(saved).replace("Nine years have passed", "Ten years have passed"));
        assertTrue(new Generator(request(notices, site)).html().succeeded());
        assertEquals(published, Files.readString(feed), "a size of its own: rendered again");
    }

    /**
     * A save of a few notices renders the lists beside the saved notice's page. When the page
     * fails after the lists are rendered, nothing is published, and what is kept beside the site
     * still says what the published lists were rendered from.
     */
    @Test
    void aBuildThatFailsAfterItsListsLeavesWhatThePublishedListsWereRenderedFrom() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        // A notice whose title says "Senior" takes its time over its page, then fails: its lists are rendered by then.
        Path templates = Fixtures.templateFolder(dir, "notice.ftlh", "<#if notice.title?contains(\"Senior\")>"
                + "<#list 1..3000000 as i></#list>${notice.noSuchFact}</#if><p>${notice.title}</p>");
        Path site = dir.resolve("site");
        BuildRequest request = request(notices, site).withTemplateDirectory(templates);
        assertTrue(new Generator(request).html().succeeded());
        Path kept = dir.resolve(".site.lists");
        String lists = Files.readString(kept);

        Path saved = notices.resolve(SAVED + ".yaml");
        Files.writeString(saved, Files.readString(saved).replace("title: Protection Programme Officer",
                "title: Senior Protection Programme Officer"));
        BuildResult failed = new Generator(request).html();

        assertFalse(failed.succeeded());
        assertTrue(failed.problems().toString().contains("notice.ftlh:1:"), failed.problems().toString());
        assertEquals(lists, Files.readString(kept), "the lists of a build that failed are not recorded");
    }

    /** The saved notice's title, which the list and the feed show, changed: the lists are rendered again, as a whole build. */
    private void aNewTitleRendersTheListsAgain(Path notices, Path site, Path saved, Object index,
            Supplier<BuildResult> build) throws IOException {
        Files.writeString(saved, Files.readString(saved).replace("title: Protection Programme Officer",
                "title: Senior Protection Programme Officer"));
        assertTrue(build.get().succeeded());
        assertNotEquals(index, fileKey(site.resolve("index.html")), "a title the list shows renders it again");
        assertTrue(Files.readString(site.resolve("index.html")).contains("Senior Protection Programme Officer"));
        assertFalse(Files.readString(site.resolve("feed.xml")).contains("<title>Protection Programme Officer"));
        sameAsAWholeBuild(notices, site, "whole-after-title");
    }

    /**
     * With the archive in pages (four closed vacancies, two a page), a saved text keeps every
     * page; a closed notice's new title renders them again; a notice that closes moves every
     * vacancy after it a place, onto a new third page: each time the same bytes as a whole build.
     */
    @Test
    void theArchivesPagesAreKeptOrRenderedAgainAsAWholeBuild() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Path site = dir.resolve("preview");
        Generator generator = new Generator(request(notices, site).withArchivePageSize(2));
        assertTrue(generator.build().succeeded());
        assertFalse(Files.exists(site.resolve("archive-3.html")));
        Object first = fileKey(site.resolve("archive.html"));
        Object second = fileKey(site.resolve("archive-2.html"));
        assertTrue(Files.readString(site.resolve("archive-2.html")).contains("Protection Coordinator"));

        Path saved = notices.resolve(SAVED + ".yaml");
        Files.writeString(saved, Files.readString(saved).replace("Eight years have passed", "Nine years have passed"));
        assertTrue(generator.build().succeeded());
        assertEquals(first, fileKey(site.resolve("archive.html")), "nothing the archive shows changed");
        assertEquals(second, fileKey(site.resolve("archive-2.html")));
        sameAsAWholeBuild(request(notices, dir.resolve("whole-after-text")).withArchivePageSize(2), site);

        Path closed = notices.resolve("protection-coordinator-tripoli-2018.yaml");
        Files.writeString(closed, Files.readString(closed).replace("title: Protection Coordinator",
                "title: Senior Protection Coordinator"));
        assertTrue(generator.build().succeeded());
        assertNotEquals(second, fileKey(site.resolve("archive-2.html")), "a title the archive shows renders it again");
        assertTrue(Files.readString(site.resolve("archive-2.html")).contains("Senior Protection Coordinator"));
        sameAsAWholeBuild(request(notices, dir.resolve("whole-after-title")).withArchivePageSize(2), site);

        Files.writeString(saved, Files.readString(saved).replaceFirst("(?m)^  closes: .*$", "  closes: 2025-08-29"));
        assertTrue(generator.build().succeeded());
        assertTrue(Files.readString(site.resolve("archive.html")).contains("Protection Programme Officer"),
                "the notice that closed is the newest of the archive");
        assertTrue(Files.exists(site.resolve("archive-3.html")), "five closed vacancies take three pages");
        sameAsAWholeBuild(request(notices, dir.resolve("whole-after-closing")).withArchivePageSize(2), site);
    }
}
