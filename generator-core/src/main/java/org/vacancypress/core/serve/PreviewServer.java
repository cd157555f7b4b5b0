package org.vacancypress.core.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vacancypress.core.BuildRequest;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;
import org.vacancypress.core.problem.Problem;

/**
 * A local preview of the site: builds it, serves it over HTTP, rebuilds when a notice, data file
 * or template changes, and makes the open pages reload themselves. A build with errors keeps the
 * server up and shows the errors, with their file:line:column, in place of every page.
 */
public final class PreviewServer implements AutoCloseable {

    /** How long a page's reload request waits for a change before asking again. */
    private static final long POLL_MILLIS = 20_000;
    /** Editors save in bursts (temporary file, rename): changes this close together make one rebuild. */
    private static final long QUIET_MILLIS = 150;
    private static final String RELOAD_SCRIPT = """
            (function () {
              var version = %d;
              function poll() {
                fetch('/__vacancy/version?since=' + version).then(function (r) { return r.text(); })
                  .then(function (v) { if (Number(v) !== version) { location.reload(); } else { poll(); } })
                  .catch(function () { setTimeout(poll, 1000); });
              }
              poll();
            })();
            """;
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "pdf", "application/pdf",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png");

    private final BuildRequest request;
    private final Consumer<String> log;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "vacancy-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final WatchService watcher;
    private final Object changes = new Object();
    private volatile int version;
    private volatile List<Problem> errors = List.of();

    /** Builds the site and starts serving it on {@code address} (port 0 takes a free port). */
    public PreviewServer(BuildRequest request, InetSocketAddress address, Consumer<String> log) throws IOException {
        this.request = request;
        this.log = log;
        rebuild();
        this.watcher = FileSystems.getDefault().newWatchService();
        watch(request.sourceDirectory());
        if (request.templateDirectory().isPresent()) {
            watch(request.templateDirectory().get());
        }
        this.server = HttpServer.create(address, 0);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
        threads.execute(this::watchLoop);
    }

    /**
     * What a preview of {@code site} builds: also the drafts and the notices not open yet (their
     * pages say so in a banner), into {@code folder}, never into the site's own output; a
     * warning does not stop it, as an error does not stop the server.
     */
    public static BuildRequest previewOf(BuildRequest site, Path folder) {
        return site.withDrafts(true).withFailOnWarning(false).withOutputDirectory(folder);
    }

    /** Where the server listens. */
    public URI address() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    /** Incremented by every rebuild; pages reload when it changes. */
    public int version() {
        return version;
    }

    private void watch(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watchLoop() {
        try {
            while (true) {
                var key = watcher.take();
                key.pollEvents();
                key.reset();
                for (var more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    more.pollEvents();
                    more.reset();
                }
                rebuild();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild() {
        BuildResult result = new Generator(request).build();
        errors = result.problems().stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            log.accept(result.renderSummary());
        } else {
            errors.forEach(problem -> log.accept(problem.toString()));
            log.accept(errors.size() + " errors: the pages show them until they are fixed");
        }
        synchronized (changes) {
            version++;
            changes.notifyAll();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__vacancy/version")) {
                waitForChange(exchange.getRequestURI().getQuery());
                send(exchange, 200, "text/plain; charset=utf-8", String.valueOf(version).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!errors.isEmpty() && (path.endsWith("/") || path.endsWith(".html"))) {
                send(exchange, 500, TYPES.get("html"), withReload(errorPage()));
                return;
            }
            Path site = request.outputDirectory().toAbsolutePath().normalize();
            Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, type, name.endsWith(".html") ? withReload(new String(body, StandardCharsets.UTF_8)) : body);
        }
    }

    private void waitForChange(String query) {
        int since = query != null && query.startsWith("since=") ? parse(query.substring(6)) : -1;
        long deadline = System.currentTimeMillis() + POLL_MILLIS;
        synchronized (changes) {
            while (version == since && System.currentTimeMillis() < deadline) {
                try {
                    changes.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private byte[] withReload(String html) {
        String script = "<script>" + RELOAD_SCRIPT.formatted(version) + "</script>";
        int end = html.lastIndexOf("</body>");
        String page = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private String errorPage() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Build errors</title></head><body><main><h1>The notices have errors</h1>"
                + "<p>Fix them and save: this page reloads by itself.</p><ul>");
        for (Problem problem : errors) {
            page.append("<li><code>").append(escape(problem.toString())).append("</code></li>");
        }
        return page.append("</ul></main></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops serving and watching. */
    @Override
    public void close() throws IOException {
        server.stop(0);
        watcher.close();
        threads.shutdownNow();
    }
}
