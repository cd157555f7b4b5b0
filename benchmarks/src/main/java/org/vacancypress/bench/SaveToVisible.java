package org.vacancypress.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a saved notice takes to show in {@code vacancy:serve}: writes a new title into a
 * notice file, then asks the served page for it every few milliseconds until it holds the new
 * text; the time from the write to the first answer holding it, once a save, printed with the
 * median.
 *
 * <p>{@code java org.vacancypress.bench.SaveToVisible <notice file> <page address> [<saves>]}
 */
public final class SaveToVisible {

    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private SaveToVisible() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: SaveToVisible <notice file> <page address> [<saves>]");
            System.exit(2);
        }
        Path notice = Path.of(args[0]);
        URI page = URI.create(args[1]);
        int saves = args.length == 3 ? Integer.parseInt(args[2]) : 20;
        HttpClient http = HttpClient.newHttpClient();
        String original = Files.readString(notice, StandardCharsets.UTF_8);
        List<Double> millis = new ArrayList<>();
        try {
            for (int save = 1; save <= saves; save++) {
                String marker = "Saved " + save + " " + System.nanoTime();
                String edited = original.replaceFirst("(?m)^title: .*$", "title: " + marker);
                long start = System.nanoTime();
                Files.writeString(notice, edited, StandardCharsets.UTF_8);
                while (!http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body()
                        .contains(marker)) {
                    if (System.nanoTime() - start > GIVE_UP.toNanos()) {
                        throw new IllegalStateException("the page did not show save " + save + " within " + GIVE_UP);
                    }
                    Thread.sleep(5);
                }
                millis.add((System.nanoTime() - start) / 1e6);
                // Apart from the next save by more than the server's quiet time, as a person's saves are.
                Thread.sleep(500);
            }
        } finally {
            Files.writeString(notice, original, StandardCharsets.UTF_8);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        double median = (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf("saves: %s ms%nmedian of %d saves: %.0f ms%n",
                String.join(", ", millis.stream().map(ms -> String.format("%.0f", ms)).toList()), saves, median);
    }
}
