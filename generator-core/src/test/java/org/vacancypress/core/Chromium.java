package org.vacancypress.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol with the JDK's
 * own WebSocket client: one tab, navigation, script evaluation, keys, viewport and screenshots.
 * Started with no background networking, so the browser itself requests nothing from outside.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 30;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private String session;
    private volatile CompletableFuture<JsonNode> loaded = new CompletableFuture<>();

    private Chromium(Process process, Path profile, String endpoint) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(endpoint), new Listener()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String target = send("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        this.session = send("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        send("Page.enable", Map.of());
    }

    static Chromium start() throws Exception {
        String binary = BINARIES.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Chromium in " + BINARIES
                        + ": install Debian's chromium package (.ci/run does) to run the browser tests"));
        Path profile = Files.createTempDirectory("chromium-profile");
        Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher found = LISTENING.matcher(line);
                    if (found.find()) {
                        endpoint.complete(found.group(1));
                    }
                }
                endpoint.completeExceptionally(new IllegalStateException("Chromium ended without its DevTools address"));
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return new Chromium(process, profile, endpoint.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /** Sends a command to the tab (or, before it exists, to the browser) and waits for its result. */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens {@code url} and waits for its load event: the page and its deferred scripts have run. */
    void open(String url) throws Exception {
        CompletableFuture<JsonNode> load = new CompletableFuture<>();
        loaded = load;
        JsonNode navigated = send("Page.navigate", Map.of("url", url));
        if (navigated.has("errorText")) {
            throw new IllegalStateException("cannot open " + url + ": " + navigated.get("errorText").asText());
        }
        load.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The value of a JavaScript expression, promises awaited. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Presses and releases a key, as a keyboard user does: {@code Tab}, {@code Enter}. */
    void press(String key, int keyCode) throws Exception {
        Map<String, Object> down = new LinkedHashMap<>(Map.of("type", "rawKeyDown", "key", key, "code", key,
                "windowsVirtualKeyCode", keyCode));
        send("Input.dispatchKeyEvent", down);
        if (key.equals("Enter")) {
            send("Input.dispatchKeyEvent", Map.of("type", "char", "key", key, "text", "\r"));
        }
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key,
                "windowsVirtualKeyCode", keyCode));
    }

    void viewport(int width, int height, boolean mobile) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    void scripts(boolean enabled) throws Exception {
        send("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** A PNG of the page at {@code width} pixels: its first {@code height} pixels, or all of it when 0. */
    byte[] screenshot(int width, int height, boolean mobile) throws Exception {
        viewport(width, 800, mobile);
        int whole = evaluate("document.documentElement.scrollHeight").asInt();
        viewport(width, height > 0 ? Math.min(height, whole) : whole, mobile);
        String png = send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
        return Base64.getDecoder().decode(png);
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** Gathers each message's frames and hands command results to their waiting callers. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode received = JSON.readTree(message.toString());
                    CompletableFuture<JsonNode> waiting = received.has("id")
                            ? pending.remove(received.get("id").asInt()) : null;
                    if ("Page.loadEventFired".equals(received.path("method").asText())) {
                        loaded.complete(received);
                    }
                    if (waiting != null && received.has("error")) {
                        waiting.completeExceptionally(new IllegalStateException(received.get("error").toString()));
                    } else if (waiting != null) {
                        waiting.complete(received.get("result"));
                    }
                } catch (IOException e) {
                    pending.values().forEach(waiting -> waiting.completeExceptionally(e));
                }
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
