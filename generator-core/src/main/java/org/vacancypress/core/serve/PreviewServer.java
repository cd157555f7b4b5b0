package org.vacancypress.core.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.vacancypress.core.BuildRequest;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;
import org.vacancypress.core.problem.Problem;

/**
 * A local preview of the site: builds it, serves it over HTTP, rebuilds when a notice, data file
 * or template changes, and makes the open pages reload themselves. A build with errors keeps the
 * server up and shows the errors, with their file:line:column, in place of every page.
 *
 * <p>It answers only what a browser on this machine asks for the site: GET and HEAD, with a Host
 * of the address it serves (so that a page elsewhere cannot read it through DNS rebinding), on a
 * bounded number of threads, never a dotfile of the site.
 */
public final class PreviewServer implements AutoCloseable {

    /** How long a page's reload request waits for a change before asking again. */
    private static final long POLL_MILLIS = 20_000;
    /** How long a request for a file being rendered again waits for it before it is served as published. */
    private static final long EARLY_WAIT_MILLIS = 60_000;
    /** Editors save in bursts (temporary file, rename) within milliseconds: changes this close make one rebuild. */
    private static final long QUIET_MILLIS = 30;
    /** Reload requests held at once: one per open tab is plenty; past it they are turned away at once. */
    private static final int MAX_WAITING_POLLS = 16;
    private static final int THREADS = 32;
    private static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final BuildRequest request;
    /** One generator for every rebuild: it keeps the notices in memory, and a save reads only the saved file. */
    private final Generator generator;
    private final Consumer<String> log;
    private final HttpServer server;
    private final Set<String> hosts;
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "vacancy-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore polls = new Semaphore(MAX_WAITING_POLLS);
    private final DirectoryWatcher watcher;
    private final Thread rebuilds;
    private final Object changes = new Object();
    private boolean changed;
    /** What the pages show, and the files shown early. */
    private final ShownSite shown = new ShownSite();

    /** Builds the site and starts serving it on {@code address} (port 0 takes a free port). */
    public PreviewServer(BuildRequest request, InetSocketAddress address, Consumer<String> log) throws IOException {
        this.request = request;
        this.generator = new Generator(request).showingEarly(shown);
        this.log = log;
        rebuild();
        List<Path> watched = new ArrayList<>(List.of(request.sourceDirectory()));
        request.templateDirectory().ifPresent(watched::add);
        Path site = request.outputDirectory().toAbsolutePath().normalize();
        // Folders created later are watched too, which the JDK's WatchService leaves to its caller.
        this.watcher = DirectoryWatcher.builder().paths(watched.stream().filter(Files::isDirectory).toList())
                .fileHashing(false).listener(event -> {
                    if (event.path() == null || !event.path().toAbsolutePath().normalize().startsWith(site)) {
                        changed();
                    }
                }).build();
        this.server = HttpServer.create(address, 0);
        this.hosts = Hosts.of(server.getAddress());
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
        watcher.watchAsync(threads);
        this.rebuilds = new Thread(this::rebuildLoop, "vacancy-preview-rebuild");
        rebuilds.setDaemon(true);
        rebuilds.start();
    }

    /**
     * Serves until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes the server and says
     * so. What {@code vacancy:serve} runs.
     */
    public static void serveUntilStopped(BuildRequest request, InetSocketAddress address, Consumer<String> log)
            throws IOException, InterruptedException {
        PreviewServer server = new PreviewServer(request, address, log);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                log.accept("Preview stopped");
            } catch (IOException e) {
                log.accept("Preview stopped: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "vacancy-preview-stop"));
        log.accept("Previewing at " + server.address() + " (Ctrl-C stops)");
        stopped.await();
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
        return URI.create("http://" + Hosts.name(server.getAddress().getAddress()) + ":" + server.getAddress().getPort()
                + "/");
    }

    /** Incremented by every rebuild. */
    public int version() {
        return shown.version();
    }

    private void changed() {
        synchronized (changes) {
            changed = true;
            changes.notifyAll();
        }
    }

    /** Waits for a change, then for a quiet moment, then rebuilds; until closed. */
    private void rebuildLoop() {
        try {
            while (!threads.isShutdown()) {
                synchronized (changes) {
                    while (!changed) {
                        changes.wait();
                    }
                }
                boolean more = true;
                while (more) {
                    synchronized (changes) {
                        changed = false;
                    }
                    Thread.sleep(QUIET_MILLIS);
                    synchronized (changes) {
                        more = changed;
                    }
                }
                if (threads.isShutdown()) {
                    return;
                }
                rebuild();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild() {
        BuildResult result = generator.build();
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            log.accept(result.renderSummary());
        } else {
            errors.forEach(problem -> log.accept(problem.toString()));
            log.accept(errors.size() + " errors: the pages show them until they are fixed");
        }
        shown.rebuilt(errors);
    }

    /** Every request gets an answer, a malformed one ("%00") included. */
    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                answer(exchange);
            } catch (RuntimeException e) {
                send(exchange, 400, TEXT, "Bad request".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, TEXT, "Method not allowed: the preview only serves GET and HEAD".getBytes(
                    StandardCharsets.UTF_8));
            return;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            send(exchange, 403, TEXT, ("Forbidden: the preview answers only at " + address()).getBytes(
                    StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/__vacancy/version")) {
            poll(exchange, shown::version);
            return;
        }
        if (path.equals(PreviewPages.SHOWN)) {
            poll(exchange, shown::shown);
            return;
        }
        Optional<byte[]> ahead = shown.earlyFile(path.substring(1), EARLY_WAIT_MILLIS);
        if (ahead.isPresent()) {
            send(exchange, 200, ContentTypes.of(path, ahead.get()), path.endsWith(".html")
                    ? PreviewPages.withReload(new String(ahead.get(), StandardCharsets.UTF_8), shown.shown()) : ahead.get());
            return;
        }
        List<Problem> errors = shown.errors();
        if (!errors.isEmpty() && (path.endsWith("/") || path.endsWith(".html"))) {
            send(exchange, 500, HTML, PreviewPages.withReload(PreviewPages.errorPage(errors), shown.shown()));
            return;
        }
        Path site = request.outputDirectory().toAbsolutePath().normalize();
        Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
        boolean dotfile = file.startsWith(site) && site.relativize(file).toString().length() > 0
                && java.util.stream.StreamSupport.stream(site.relativize(file).spliterator(), false)
                        .anyMatch(name -> name.toString().startsWith("."));
        if (!file.startsWith(site) || dotfile || !Files.isRegularFile(file)) {
            send(exchange, 404, TEXT, "Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        byte[] body = Files.readAllBytes(file);
        send(exchange, 200, ContentTypes.of(name, body),
                name.endsWith(".html") ? PreviewPages.withReload(new String(body, StandardCharsets.UTF_8), shown.shown())
                        : body);
    }

    /** Answers a counter once it differs from the one asked about, or after a while; a bounded number wait at once. */
    private void poll(HttpExchange exchange, IntSupplier counter) throws IOException {
        if (!polls.tryAcquire()) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 503, TEXT, "Too many pages waiting for a change".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            shown.waitForChange(exchange.getRequestURI().getQuery(), counter, POLL_MILLIS);
        } finally {
            polls.release();
        }
        send(exchange, 200, TEXT, String.valueOf(counter.getAsInt()).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops serving, watching and rebuilding. */
    @Override
    public void close() throws IOException {
        server.stop(0);
        watcher.close();
        threads.shutdownNow();
        changed();
        shown.wakeAll();
        // A closed server writes nothing more: the rebuild under way ends, and no other starts.
        try {
            rebuilds.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
