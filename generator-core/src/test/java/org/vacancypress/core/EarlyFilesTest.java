package org.vacancypress.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview shows a saved notice's page before its PDF and the lists are rendered, and publishes the same site. */
class EarlyFilesTest {

    private static final String SAVED = "protection-programme-officer-coxs-bazar-2025";

    @TempDir
    Path dir;

    /** What a build showed early, in order, with what the published site held of the page at the time. */
    private record Shown(String event, String file, byte[] content, String publishedPage) {
    }

    private static final class Recorder implements EarlyFiles {
        private final Path site;
        final List<Shown> shown = new ArrayList<>();

        Recorder(Path site) {
            this.site = site;
        }

        @Override
        public boolean wanted() {
            return true;
        }

        @Override
        public synchronized void outdated(String file) {
            shown.add(new Shown("outdated", file, new byte[0], publishedPage()));
        }

        @Override
        public synchronized void rendered(String file, byte[] content) {
            shown.add(new Shown("rendered", file, content, publishedPage()));
        }

        @Override
        public synchronized void published() {
            shown.add(new Shown("published", "", new byte[0], publishedPage()));
        }

        private String publishedPage() {
            try {
                return Files.readString(site.resolve(SAVED + ".html"));
            } catch (IOException e) {
                return "";
            }
        }
    }

    @Test
    void aSavedNoticesPageIsShownBeforeItsPdfThenAgainWithItAndTheSiteIsTheSameAsWithout() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Path site = dir.resolve("preview");
        Recorder recorder = new Recorder(site);
        Generator generator = new Generator(Fixtures.request(notices, site)).showingEarly(recorder);
        assertTrue(generator.build().succeeded());
        recorder.shown.clear();

        Path saved = notices.resolve(SAVED + ".yaml");
        Files.writeString(saved, Files.readString(saved).replace("title: Protection Programme Officer",
                "title: Senior Protection Programme Officer"));
        BuildResult result = generator.build();
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(1, result.noticesRendered());

        List<String> events = recorder.shown.stream().map(shown -> shown.event() + " " + shown.file()).toList();
        assertEquals(List.of("outdated " + SAVED + ".pdf", "rendered " + SAVED + ".html", "rendered " + SAVED + ".pdf",
                "rendered " + SAVED + ".html", "published "), events, "only the saved notice's files, its page first");
        assertTrue(recorder.shown.get(4).publishedPage().contains("Senior Protection Programme Officer"),
                "told once the new site is in place");
        Shown early = recorder.shown.get(1);
        assertTrue(new String(early.content(), StandardCharsets.UTF_8).contains("Senior Protection Programme Officer"));
        assertFalse(early.publishedPage().contains("Senior Protection Programme Officer"),
                "shown while the published site still held the page as it was");
        assertArrayEquals(Files.readAllBytes(site.resolve(SAVED + ".pdf")), recorder.shown.get(2).content());
        assertArrayEquals(Files.readAllBytes(site.resolve(SAVED + ".html")), recorder.shown.get(3).content(),
                "the page shown last is the one published, linking the new PDF");

        Path without = dir.resolve("without");
        assertTrue(new Generator(Fixtures.request(notices, without)).build().succeeded());
        for (Path file : List.of(Path.of(SAVED + ".html"), Path.of(SAVED + ".pdf"), Path.of("index.html"))) {
            assertTrue(Arrays.equals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(without.resolve(file))),
                    file + " is the same as a build's that shows nothing early");
        }
    }
}
