package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.serve.PreviewServer;

/** The serve loop: a page, an edit seen live, a broken edit shown as its errors, a clean stop. */
class PreviewServerTest {

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void editsShowLiveErrorsShowInThePageAndTheServerStops() throws Exception {
        Path notices = Fixtures.folderWith(dir, "protection-coordinator", Fixtures.validNotice());
        Path notice = notices.resolve("protection-coordinator.yaml");
        List<String> log = new ArrayList<>();
        BuildRequest request = Fixtures.request(notices, dir.resolve("preview"));
        URI base;
        try (PreviewServer server = new PreviewServer(request,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), log::add)) {
            base = server.address();
            HttpResponse<String> page = get(base, "protection-coordinator.html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Protection Coordinator</h1>"));
            assertTrue(page.body().contains("/__vacancy/version?since="), "the page reloads itself");
            assertEquals(200, get(base, "").statusCode());
            assertEquals(404, get(base, "../../../etc/passwd").statusCode());

            int before = server.version();
            Files.writeString(notice, Fixtures.validNotice().replace("title: Protection Coordinator",
                    "title: Senior Protection Coordinator"));
            assertEquals(String.valueOf(before + 1), get(base, "__vacancy/version?since=" + before).body());
            assertTrue(get(base, "protection-coordinator.html").body().contains("<h1>Senior Protection Coordinator</h1>"));

            int edited = server.version();
            Files.writeString(notice, Fixtures.validNotice().replace("grade: P-3", "grade: P3"));
            assertEquals(String.valueOf(edited + 1), get(base, "__vacancy/version?since=" + edited).body());
            HttpResponse<String> broken = get(base, "protection-coordinator.html");
            assertEquals(500, broken.statusCode());
            assertTrue(broken.body().contains("notices/protection-coordinator.yaml:"), broken.body());
            assertTrue(broken.body().contains("unknown grade &#39;P3&#39;") || broken.body().contains("unknown grade 'P3'"),
                    broken.body());
        }
        assertTrue(log.get(0).startsWith("Rendered 1 of 1 notices"), log.toString());
        URI stopped = base;
        assertThrows(ConnectException.class, () -> get(stopped, ""));
    }
}
