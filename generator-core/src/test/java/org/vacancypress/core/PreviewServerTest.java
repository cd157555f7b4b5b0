package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            assertTrue(page.body().contains("<h1><bdi>Protection Coordinator</bdi></h1>"));
            assertTrue(page.body().contains("/__vacancy/shown?since="), "the page reloads itself");
            assertEquals(200, get(base, "").statusCode());
            assertEquals(404, get(base, "../../../etc/passwd").statusCode());

            int before = server.version();
            Files.writeString(notice, Fixtures.validNotice().replace("title: Protection Coordinator",
                    "title: Senior Protection Coordinator"));
            assertEquals(String.valueOf(before + 1), get(base, "__vacancy/version?since=" + before).body());
            assertTrue(get(base, "protection-coordinator.html").body().contains("<h1><bdi>Senior Protection Coordinator</bdi></h1>"));

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

    @Test
    void aSaveReadsOnlyTheSavedNoticeAndRendersOnlyItsFilesAndTheLists() throws Exception {
        Path notices = Fixtures.copyOfNotices(dir);
        Path preview = dir.resolve("preview");
        try (PreviewServer server = new PreviewServer(Fixtures.request(notices, preview),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), message -> { })) {
            URI base = server.address();
            Object tripoli = Files.readAttributes(preview.resolve("protection-coordinator-tripoli-2018.pdf"),
                    BasicFileAttributes.class).fileKey();
            // The cache file beside the preview says otherwise of Tripoli's notice: the server keeps its own in memory.
            Path kept = dir.resolve(".preview.notices");
            Files.writeString(kept, Files.readString(kept).replace("\"title\":\"Protection Coordinator\"",
                    "\"title\":\"Kept Coordinator\""));
            int before = server.version();
            Path saved = notices.resolve("protection-programme-officer-coxs-bazar-2025.yaml");
            Files.writeString(saved, Files.readString(saved).replace("title: Protection Programme Officer",
                    "title: Senior Protection Programme Officer"));
            assertEquals(String.valueOf(before + 1), get(base, "__vacancy/version?since=" + before).body());
            assertTrue(get(base, "protection-programme-officer-coxs-bazar-2025.html").body()
                    .contains("Senior Protection Programme Officer"));
            String lists = get(base, "index.html").body() + get(base, "archive.html").body();
            assertTrue(lists.contains("Senior Protection Programme Officer"));
            assertTrue(lists.contains("Protection Coordinator") && !lists.contains("Kept Coordinator"), lists);
            assertEquals(tripoli, Files.readAttributes(preview.resolve("protection-coordinator-tripoli-2018.pdf"),
                    BasicFileAttributes.class).fileKey(), "an unchanged notice's PDF is kept, not rendered");
        }
    }

    /** The status line and headers (and body) a raw request gets, as a browser or an attacker would send it. */
    private static String raw(URI base, String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String get(URI base, String target, String host) throws IOException {
        return raw(base, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private static String headerOf(String response, String name) {
        return response.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("");
    }

    @Test
    void onlyGetAndHeadForTheServedHostAreAnsweredEveryRequestIsAnsweredAndEachFileHasItsType() throws Exception {
        Path notices = Fixtures.folderWith(dir, "protection-coordinator", Fixtures.validNotice());
        BuildRequest request = Fixtures.request(notices, dir.resolve("preview"))
                .withBaseUrl(URI.create("https://careers.example.org/")).withDrafts(true);
        try (PreviewServer server = new PreviewServer(request,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), line -> { })) {
            URI base = server.address();
            String self = "127.0.0.1:" + base.getPort();
            assertTrue(get(base, "/", self).startsWith("HTTP/1.1 200"));
            assertTrue(get(base, "/", "localhost:" + base.getPort()).startsWith("HTTP/1.1 200"));
            assertTrue(get(base, "/", "attacker.example:" + base.getPort()).startsWith("HTTP/1.1 403"), "DNS rebinding");
            assertTrue(raw(base, "GET / HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 403"), "no Host");
            for (String method : List.of("DELETE", "TRACE", "POST", "PUT", "OPTIONS")) {
                String response = raw(base, method + " / HTTP/1.1\r\nHost: " + self + "\r\nConnection: close\r\n"
                        + "Content-Length: 0\r\n\r\n");
                assertTrue(response.startsWith("HTTP/1.1 405"), method + ": " + response);
                assertEquals("GET, HEAD", headerOf(response, "Allow"));
            }
            String head = raw(base, "HEAD /index.html HTTP/1.1\r\nHost: " + self + "\r\nConnection: close\r\n\r\n");
            assertTrue(head.startsWith("HTTP/1.1 200") && head.endsWith("\r\n\r\n"), "headers, no body: " + head);
            assertTrue(get(base, "/%00", self).startsWith("HTTP/1.1 4"), "a response, not a dropped connection");
            assertTrue(get(base, "/a%00b.html", self).startsWith("HTTP/1.1 4"));
            assertTrue(Files.exists(dir.resolve("preview/.vacancy-manifest")));
            assertTrue(get(base, "/.vacancy-manifest", self).startsWith("HTTP/1.1 404"), "dotfiles are not served");
            assertEquals("application/atom+xml", headerOf(get(base, "/feed.xml", self), "Content-Type"));
            assertEquals("application/json", headerOf(get(base, "/jobs.json", self), "Content-Type"));
            assertEquals("text/css; charset=utf-8", headerOf(get(base, "/assets/style.css", self), "Content-Type"));
            assertEquals("text/javascript; charset=utf-8", headerOf(get(base, "/assets/site.js", self), "Content-Type"));
            assertEquals("text/html; charset=utf-8", headerOf(get(base, "/archive.html", self), "Content-Type"));
            assertEquals("application/pdf", headerOf(get(base, "/protection-coordinator.pdf", self), "Content-Type"));
            assertEquals("application/xml", headerOf(get(base, "/sitemap.xml", self), "Content-Type"));
        }
    }

    @Test
    void waitingReloadRequestsAreCappedAndPagesStillAnswer() throws Exception {
        Path notices = Fixtures.folderWith(dir, "protection-coordinator", Fixtures.validNotice());
        BuildRequest request = Fixtures.request(notices, dir.resolve("preview"));
        List<Socket> held = new ArrayList<>();
        try (PreviewServer server = new PreviewServer(request,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), line -> { })) {
            URI base = server.address();
            String poll = "GET /__vacancy/version?since=" + server.version() + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + base.getPort() + "\r\n\r\n";
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.getOutputStream().write(poll.getBytes(StandardCharsets.ISO_8859_1));
                held.add(socket);
            }
            long start = System.nanoTime();
            assertTrue(get(base, "/index.html", "127.0.0.1:" + base.getPort()).startsWith("HTTP/1.1 200"));
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "a page is answered while polls wait");
            long threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("vacancy-preview")).count();
            assertTrue(threads <= 40, threads + " threads");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aTemplateInAFolderCreatedAfterTheStartIsWatched() throws Exception {
        Path notices = Fixtures.folderWith(dir, "protection-coordinator", Fixtures.validNotice());
        Path templates = Files.createDirectories(dir.resolve("templates"));
        BuildRequest request = Fixtures.request(notices, dir.resolve("preview"), templates);
        try (PreviewServer server = new PreviewServer(request,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), line -> { })) {
            URI base = server.address();
            int before = server.version();
            Path sections = Files.createDirectories(templates.resolve("sections"));
            Thread.sleep(500);
            Files.writeString(sections.resolve("anti-fraud.ftlh"), "<section><p>A fraud warning of our own.</p></section>");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!get(base, "protection-coordinator.html").body().contains("A fraud warning of our own.")
                    && System.nanoTime() < deadline) {
                get(base, "__vacancy/version?since=" + server.version());
            }
            assertTrue(server.version() > before);
            assertTrue(get(base, "protection-coordinator.html").body().contains("A fraud warning of our own."));
        }
    }

    /** Run in a JVM of its own by {@link #sigtermStopsThePreview}: what vacancy:serve runs. */
    public static final class Serve {
        private Serve() {
        }

        public static void main(String[] args) throws Exception {
            PreviewServer.serveUntilStopped(Fixtures.request(Path.of(args[0]), Path.of(args[1])),
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), line -> {
                        System.out.println(line);
                        System.out.flush();
                    });
        }
    }

    @Test
    void sigtermStopsThePreview() throws Exception {
        Path notices = Fixtures.folderWith(dir, "protection-coordinator", Fixtures.validNotice());
        Path log = dir.resolve("serve.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Serve.class.getName(), notices.toString(),
                dir.resolve("preview").toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!Files.readString(log).contains("Previewing at") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(Files.readString(log).contains("Previewing at"), Files.readString(log));
            process.destroy();
            assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "stopped by SIGTERM");
            assertTrue(Files.readString(log).lines().anyMatch(line -> line.equals("Preview stopped")), Files.readString(log));
        } finally {
            process.destroyForcibly();
        }
    }
}
