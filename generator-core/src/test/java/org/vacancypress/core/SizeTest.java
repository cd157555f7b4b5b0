package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.render.html.TemplateLimits;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large inputs build within a bounded heap, each in a JVM of its own so that the heap limit is
 * real: 10,000 notices in 512 MiB, a notice of 1 MB in 256 MiB.
 */
class SizeTest {

    @TempDir
    Path dir;

    private String build(String heap, int notices, int extraBytes) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), LargeFolderBuild.class.getName(),
                dir.toString(), String.valueOf(notices), String.valueOf(extraBytes))
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the build finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void tenThousandNoticesBuildIn512MiB() throws Exception {
        assertTrue(build("512m", 10_000, 0).lines().anyMatch(line -> line.startsWith("10000 notices published, 0 errors")));
    }

    @Test
    void aNoticeOfOneMegabyteBuildsIn256MiB() throws Exception {
        assertTrue(build("256m", 1, 1_000_000).lines().anyMatch(line -> line.startsWith("1 notices published, 0 errors")));
        assertTrue(List.of(dir.resolve("site").toFile().list()).contains("notice-0.html"));
    }

    /**
     * A site's list is written into its file as the template makes it, never whole in memory:
     * an archive of 70 MB (the archive of 100,000 notices was 73 MB in one page) builds in a
     * heap of 128 MiB, which could not hold it as text.
     */
    @Test
    void aSiteListLargerThanTheHeapIsWrittenAsItIsMade() throws Exception {
        Path folder = Fixtures.copyOfNotices(dir);
        Path templates = Fixtures.templateFolder(dir, "archive.ftlh", "<ul><#list 1..2000000 as i><li lang=\"fr\">${i?c}"
                + " : avis clos</li>\n</#list></ul>");
        Path site = dir.resolve("site");
        String output = Forked.build("128m", Duration.ofMinutes(5), "html", folder, site, Optional.of(templates),
                new TemplateLimits(Duration.ofMinutes(4), 1024 << 20));

        assertTrue(output.lines().anyMatch(line -> line.startsWith("7 notices published, 0 errors")), output);
        Path archive = site.resolve("archive.html");
        assertTrue(Files.size(archive) > 70_000_000L, "size " + Files.size(archive));
        try (var lines = Files.lines(archive)) {
            List<String> ends = lines.filter(line -> line.startsWith("<ul>") || line.startsWith("<li lang=\"fr\">2000000"))
                    .toList();
            assertEquals(List.of("<ul><li lang=\"fr\">1\u202F: avis clos</li>", "<li lang=\"fr\">2000000\u202F: avis clos</li>"),
                    ends, "every item, its French typography set");
        }
    }

    /**
     * A template that makes more than the heap holds is an error that names the heap, not a
     * crash, and the published site stays.
     */
    @Test
    void aListTemplateThatOutgrowsTheHeapIsAnErrorThatNamesTheHeap() throws Exception {
        Path folder = Fixtures.copyOfNotices(dir);
        Path templates = Fixtures.templateFolder(dir, "archive.ftlh",
                "<#assign s = \"closed notice \"><#list 1..26 as i><#assign s = s + s></#list>${s?length}");
        Path site = dir.resolve("site");
        assertEquals(0, new Generator(Fixtures.request(folder, site)).html().errorCount());
        String published = Files.readString(site.resolve("archive.html"));
        String output = Forked.build("128m", Duration.ofMinutes(5), "html", folder, site, Optional.of(templates),
                new TemplateLimits(Duration.ofMinutes(4), 1024 << 20));

        assertEquals(List.of(templates + ":1:1: error: not enough memory to render the site's lists of 7 notices with a"
                + " heap of 128 MiB: give the build more memory (MAVEN_OPTS=-Xmx2g)"),
                output.lines().filter(line -> line.contains(": error: ")).toList(), output);
        assertEquals(published, Files.readString(site.resolve("archive.html")), "the site built before stays");
    }

    /**
     * A notice of 1 MB that is one list of 32,617 items: its pages build in 256 MiB; its PDF of
     * 700 tagged pages needs 512 MiB, and short of it the build ends in an error on the notice.
     */
    @Test
    void aNoticeOfOneMegabyteThatIsOneLongListHasItsPagesIn256MiBAndForItsPdfAnErrorOnTheNotice() throws Exception {
        StringBuilder duties = new StringBuilder();
        for (int i = 1; duties.length() < 1_000_000; i++) {
            duties.append("  - Coordinate activity ").append(i).append(".\n");
        }
        String notice = Fixtures.validNotice().replace("  - Perform such other duties as may be assigned.\n", duties);
        Path folder = Fixtures.folderWith(dir, "long-list", notice);
        String pages = Forked.build("256m", Duration.ofMinutes(5), "html", folder, dir.resolve("site"), Optional.empty());
        assertTrue(pages.lines().anyMatch(line -> line.startsWith("1 notices published, 0 errors")), pages);
        String all = Forked.build("256m", Duration.ofMinutes(5), "build", folder, dir.resolve("site"), Optional.empty());
        assertEquals(List.of("notices/long-list.yaml:1:1: error: not enough memory to render the notice with a heap of 256"
                + " MiB: split the notice, or give the build more memory (MAVEN_OPTS=-Xmx1g)"),
                all.lines().filter(line -> line.contains(": error: ")).toList(), all);
        assertTrue(Files.exists(dir.resolve("site/long-list.html")), "the site built before stays");
        assertFalse(Files.exists(dir.resolve("site/long-list.pdf")));
    }
}
