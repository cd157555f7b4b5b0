package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A notice is rendered again only when what it is rendered from changed. */
class IncrementalTest {

    @TempDir
    Path dir;
    Path notices;
    Path site;

    @BeforeEach
    void copyTheRealNotices() throws IOException {
        notices = dir.resolve("notices");
        try (Stream<Path> files = Files.walk(Fixtures.NOTICES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = notices.resolve(Fixtures.NOTICES.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        site = dir.resolve("site");
    }

    private BuildResult build(LocalDate today) {
        BuildResult result = new Generator(Fixtures.request(notices, site).withToday(today)).build();
        assertTrue(result.succeeded(), result.problems().toString());
        return result;
    }

    private BuildResult build() {
        return build(Fixtures.TODAY);
    }

    @Test
    void aSecondBuildRendersNothingAndKeepsEveryFile() throws IOException {
        assertEquals(7, build().noticesRendered());
        byte[] pdf = Files.readAllBytes(site.resolve("protection-coordinator-tripoli-2018.pdf"));
        BuildResult again = build();
        assertEquals(0, again.noticesRendered());
        assertEquals(7, again.noticesPublished());
        assertTrue(again.renderSummary().startsWith("Rendered 0 of 7 notices (7 up to date) in "));
        assertEquals(new String(pdf, "ISO-8859-1"), Files.readString(site.resolve("protection-coordinator-tripoli-2018.pdf"),
                java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The site folder itself: a build that publishes puts a new folder in its place. */
    private Object siteFolder() throws IOException {
        return Files.readAttributes(site, BasicFileAttributes.class).fileKey();
    }

    @Test
    void aBuildWithNothingChangedLeavesTheSiteAsItIs() throws IOException {
        build();
        Object published = siteFolder();
        BuildResult again = build();
        assertEquals(published, siteFolder(), "nothing changed, so nothing is published again");
        assertEquals(7, again.noticesFound());
        assertEquals(7, again.noticesPublished());
        assertEquals(0, again.noticesRendered());
        new Generator(Fixtures.request(notices, site).withClosingSoonDays(3)).build();
        assertNotEquals(published, siteFolder(), "another option may change the pages: the site is built again");
    }

    @Test
    void aBuildWithNothingChangedReportsTheWarningsAgain() throws IOException {
        Files.writeString(notices.resolve("protection-coordinator-tripoli-2018.yaml"),
                Files.readString(notices.resolve("protection-coordinator-tripoli-2018.yaml"))
                        .replace("title: ", "title: Staffâ€™s "));
        List<Problem> first = build().problems();
        assertEquals(1, first.size(), "the encoding damage is warned about");
        Object published = siteFolder();
        assertEquals(first, build().problems());
        assertEquals(published, siteFolder());
    }

    @Test
    void aSiteChangedByHandIsPublishedAgain() throws IOException {
        build();
        String index = Fixtures.read(site.resolve("index.html"));
        Files.writeString(site.resolve("index.html"), "<p>edited</p>", StandardOpenOption.APPEND);
        build();
        assertEquals(index, Fixtures.read(site.resolve("index.html")));
        // Publishing removes only what a build published: a file someone added stays.
        Files.writeString(site.resolve("stray.html"), "<p>not ours</p>");
        build();
        assertEquals("<p>not ours</p>", Fixtures.read(site.resolve("stray.html")));
        assertEquals(index, Fixtures.read(site.resolve("index.html")));
    }

    @Test
    void aSiteJudgedByTheClockIsPublishedAgainWhenANoticeCloses() throws IOException {
        // Tripoli's notice closes at the end of 23 August 2018, Geneva time (22:00 UTC in summer).
        BuildRequest evening = BuildRequest.of(notices, site).withDisplayBase(dir)
                .withClock(Clock.fixed(Instant.parse("2018-08-23T20:00:00Z"), ZoneOffset.UTC));
        assertTrue(new Generator(evening).build().succeeded());
        Object published = siteFolder();
        new Generator(evening.withClock(Clock.fixed(Instant.parse("2018-08-23T21:59:00Z"), ZoneOffset.UTC))).build();
        assertEquals(published, siteFolder(), "still open a minute before the closing time");
        BuildResult closed = new Generator(
                evening.withClock(Clock.fixed(Instant.parse("2018-08-23T22:00:00Z"), ZoneOffset.UTC))).build();
        assertEquals(1, closed.noticesRendered());
        assertTrue(Fixtures.page(site.resolve("protection-coordinator-tripoli-2018.html")).text()
                .contains("This vacancy is closed."));
    }

    @Test
    void aNoticesFolderReachedThroughALinkIsHashedByWhatItHolds() throws IOException {
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), notices);
        BuildRequest request = Fixtures.request(linked, site);
        assertTrue(new Generator(request).build().succeeded());
        Path notice = notices.resolve("protection-coordinator-tripoli-2018.yaml");
        Files.writeString(notice, Files.readString(notice).replace("title: Protection Coordinator",
                "title: Senior Protection Coordinator"));
        assertEquals(1, new Generator(request).build().noticesRendered());
        assertTrue(Fixtures.page(site.resolve("protection-coordinator-tripoli-2018.html")).title()
                .contains("Senior Protection Coordinator"));
    }

    @Test
    void aClockSetBackOrAStampCutShortBringsTheFullBuildBack() throws IOException {
        BuildRequest noon = BuildRequest.of(notices, site).withDisplayBase(dir)
                .withClock(Clock.fixed(Instant.parse("2018-08-20T12:00:00Z"), ZoneOffset.UTC));
        new Generator(noon).build();
        Object published = siteFolder();
        new Generator(noon.withClock(Clock.fixed(Instant.parse("2018-08-20T11:00:00Z"), ZoneOffset.UTC))).build();
        assertNotEquals(published, siteFolder(), "judged before the stamp's build: not trusted");
        published = siteFolder();
        Path stamp = dir.resolve(".site.stamp");
        List<String> lines = Files.readAllLines(stamp);
        Files.write(stamp, lines.subList(0, lines.size() - 1));
        new Generator(noon.withClock(Clock.fixed(Instant.parse("2018-08-20T11:00:00Z"), ZoneOffset.UTC))).build();
        assertNotEquals(published, siteFolder(), "a stamp without its last line is no stamp");
    }

    @Test
    void editingOneNoticeRendersThatOne() throws IOException {
        build();
        Files.writeString(notices.resolve("protection-coordinator-tripoli-2018.yaml"),
                "# amended\n", StandardOpenOption.APPEND);
        assertEquals(1, build().noticesRendered());
    }

    @Test
    void aDataOrTemplateChangeRendersEveryNoticeThatUsesIt() throws IOException {
        build();
        Files.writeString(notices.resolve("_organization.yaml"), "\n# amended\n", StandardOpenOption.APPEND);
        assertEquals(7, build().noticesRendered());
        Path templates = Files.createDirectories(dir.resolve("templates/sections"));
        Files.writeString(templates.resolve("anti-fraud.ftlh"), "<section><h2 id=\"anti-fraud\">Fraud</h2></section>");
        BuildResult withTemplates = new Generator(Fixtures.request(notices, site, dir.resolve("templates"))).build();
        assertEquals(7, withTemplates.noticesRendered());
        assertTrue(Fixtures.read(site.resolve("protection-coordinator-tripoli-2018.html")).contains(">Fraud</h2>"));
    }

    @Test
    void oneGeneratorParsesItsTemplatesAgainOnlyWhenTheyChange() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/sections"));
        Files.writeString(templates.resolve("anti-fraud.ftlh"), "<section><h2 id=\"anti-fraud\">Fraud</h2></section>");
        Generator preview = new Generator(Fixtures.request(notices, site, dir.resolve("templates")));
        Path page = site.resolve("protection-coordinator-tripoli-2018.html");
        assertTrue(preview.html().succeeded());
        assertTrue(Fixtures.read(page).contains(">Fraud</h2>"));

        Files.writeString(notices.resolve("protection-coordinator-tripoli-2018.yaml"), "# amended\n",
                StandardOpenOption.APPEND);
        assertEquals(1, preview.html().noticesRendered(), "the same templates, kept as parsed");
        Files.writeString(templates.resolve("anti-fraud.ftlh"), "<section><h2 id=\"anti-fraud\">Scams</h2></section>");
        assertEquals(7, preview.html().noticesRendered());
        assertTrue(Fixtures.read(page).contains(">Scams</h2>"), "a template saved is parsed again at once");
    }

    @Test
    void aDeletedNoticeLosesItsFiles() throws IOException {
        build();
        Files.delete(notices.resolve("protection-coordinator-tripoli-2018.yaml"));
        BuildResult result = build();
        assertEquals(0, result.noticesRendered());
        assertEquals(6, result.noticesPublished());
        assertFalse(Files.exists(site.resolve("protection-coordinator-tripoli-2018.html")));
        assertFalse(Files.exists(site.resolve("protection-coordinator-tripoli-2018.pdf")));
        assertFalse(Fixtures.read(site.resolve(".vacancy-manifest")).contains("protection-coordinator-tripoli-2018"));
    }

    @Test
    void aNoticeThatClosesIsRenderedAgainForItsBanner() {
        build(LocalDate.of(2018, 8, 23));
        BuildResult nextDay = build(LocalDate.of(2018, 8, 24));
        assertEquals(1, nextDay.noticesRendered(), "only the notice closing on the 23rd changed");
        assertTrue(Fixtures.page(site.resolve("protection-coordinator-tripoli-2018.html")).text()
                .contains("This vacancy is closed."));
    }

    @Test
    void aFileRemovedFromThePublishedSiteIsRenderedAgain() throws IOException {
        build();
        Files.delete(site.resolve("protection-coordinator-tripoli-2018.pdf"));
        assertEquals(1, build().noticesRendered());
        assertTrue(Files.exists(site.resolve("protection-coordinator-tripoli-2018.pdf")));
    }

    @Test
    void pagesAloneKeepThePdfsOfTheSite() {
        build();
        BuildResult pages = new Generator(Fixtures.request(notices, site)).html();
        assertEquals(0, pages.noticesRendered());
        List<String> pdfs = new ArrayList<>(List.of(site.toFile().list())).stream()
                .filter(name -> name.endsWith(".pdf")).toList();
        assertEquals(7, pdfs.size());
    }
}
