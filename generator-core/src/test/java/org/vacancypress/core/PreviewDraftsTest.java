package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.problem.Problems;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.scaffold.NoticeScaffold;
import org.vacancypress.core.serve.PreviewServer;

/** The README's day: vacancy:new writes a draft, and the preview shows it, with a banner, and nothing else does. */
class PreviewDraftsTest {

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Document page(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    @Test
    void aNewDraftAndANoticeNotOpenYetArePreviewedWithTheirBannersOnly() throws Exception {
        Path notices = Fixtures.folderWith(dir, "protection-coordinator", Fixtures.validNotice());
        Files.writeString(notices.resolve("later.yaml"), Fixtures.validNotice().replace("VN 2018/195", "VN 2026/2")
                .replace("opens: 2018-08-10", "opens: 2026-12-01").replace("closes: 2018-08-23", "closes: 2026-12-14"));
        Problems problems = new Problems();
        Path draft = NoticeScaffold.create(notices, "Protection Officer", "P-3", "Tripoli, LY", Fixtures.TODAY,
                new SourceFolder(notices, dir).loadOrganization(problems).orElseThrow());
        assertEquals("protection-officer.yaml", draft.getFileName().toString());

        Path site = dir.resolve("site");
        BuildRequest request = Fixtures.request(notices, site);
        List<String> log = new ArrayList<>();
        try (PreviewServer server = new PreviewServer(PreviewServer.previewOf(request, dir.resolve("preview")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), log::add)) {
            assertTrue(log.get(0).startsWith("Rendered 3 of 3 notices"), log.toString());
            Document written = page(server.address(), "protection-officer.html");
            assertEquals("Draft: not published. Only this preview shows it.",
                    written.selectFirst(".notice-header .status-preview").text());
            Document later = page(server.address(), "later.html");
            assertEquals("Opens on 1 December 2026: not published before then. Only this preview shows it early.",
                    later.selectFirst(".notice-header .status-preview").text());
            assertNull(page(server.address(), "protection-coordinator.html").selectFirst(".status-preview"));
        }
        assertFalse(Files.exists(site), "the preview leaves the site's own folder alone");

        BuildResult built = new Generator(request).build();
        assertEquals(1, built.noticesPublished());
        assertFalse(Files.exists(site.resolve("protection-officer.html")), "a build never publishes the draft");
        assertFalse(Files.exists(site.resolve("later.html")));
        assertFalse(Files.readString(site.resolve("protection-coordinator.html")).contains("status-preview"));
    }
}
