package org.vacancypress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a notices folder of any size for benchmarks: the organization's data files of a real
 * notices folder and N notices varied from its English notices (reference, title, duty
 * station, grade within the staff category, posting dates, how many duties, experience and
 * skills). The same N and seed give the same files.
 *
 * <p>{@code java org.vacancypress.bench.SyntheticNotices <real notices folder> <new folder> <N> [<hugo site>]}:
 * with a fourth argument, the same notices are also written as Markdown pages of a minimal Hugo
 * site (title, duty station, context and duties), for the side-by-side run of {@code bench/run.sh}.
 */
public final class SyntheticNotices {

    private static final List<String[]> DUTY_STATIONS = List.of(
            new String[] {"Tripoli", "LY"}, new String[] {"Benghazi", "LY"}, new String[] {"Cox's Bazar", "BD"},
            new String[] {"Dhaka", "BD"}, new String[] {"Port Vila", "VU"}, new String[] {"Geneva", "CH"},
            new String[] {"Nairobi", "KE"}, new String[] {"Amman", "JO"}, new String[] {"Bogotá", "CO"},
            new String[] {"Kyiv", "UA"}, new String[] {"Dakar", "SN"}, new String[] {"Bangkok", "TH"});
    private static final Map<String, List<String>> GRADES = Map.of(
            "international-professional", List.of("P-2", "P-3", "P-4"),
            "national-officer", List.of("NO-A", "NO-B", "NO-C"),
            "general-service", List.of("G-4", "G-5", "G-6"));
    private static final List<String> QUALIFIERS = List.of("", " (Emergency Response)", " (Migration Health)",
            " (Durable Solutions)", " (Data and Analysis)", " (Counter-Trafficking)", " (Community Engagement)");
    /** Openings spread over 600 days from here: all have opened by 1 September 2026, when bench/run.sh builds. */
    private static final LocalDate FIRST_OPENING = LocalDate.of(2025, 1, 6);

    private SyntheticNotices() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: SyntheticNotices <real notices folder> <new folder> <N> [<hugo site>]");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        if (args.length == 4) {
            writeHugoSite(Path.of(args[1]), Path.of(args[3]));
        }
    }

    /** Writes {@code count} notices and the organization's data into {@code target}. */
    public static void write(Path real, Path target, int count) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(real)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") && !name.startsWith("_")) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    if (!text.contains("\nlanguage: ")) {
                        seeds.add(text);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(real)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = real.relativize(file);
                if (relative.getNameCount() > 1 || relative.toString().startsWith("_")) {
                    Files.createDirectories(target.resolve(relative).getParent());
                    Files.copy(file, target.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Random random = new Random(count);
        for (int i = 0; i < count; i++) {
            String notice = vary(seeds.get(i % seeds.size()), i, random);
            Files.writeString(target.resolve(String.format("notice-%05d.yaml", i)), notice, StandardCharsets.UTF_8);
        }
    }

    /** The notices of {@code notices} as a Hugo site's Markdown pages, with the smallest layouts. */
    static void writeHugoSite(Path notices, Path site) throws IOException {
        Files.createDirectories(site.resolve("content/notices"));
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://careers.example.org/'\ntitle = 'Vacancies'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        Files.writeString(site.resolve("layouts/_default/single.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>"
                + "{{ .Content }}</main></body></html>\n");
        Files.writeString(site.resolve("layouts/_default/list.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}"
                + "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
        try (Stream<Path> files = Files.list(notices)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("notice-")).sorted().toList()) {
                String yaml = Files.readString(file, StandardCharsets.UTF_8);
                StringBuilder page = new StringBuilder("---\ntitle: \"" + value(yaml, "title").replace("\"", "'")
                        + "\"\n---\n\n**" + value(yaml, "reference") + "**, " + value(yaml, "grade") + "\n\n## Context\n\n");
                yaml.lines().dropWhile(line -> !line.startsWith("context: |")).skip(1)
                        .takeWhile(line -> line.isEmpty() || line.startsWith("  "))
                        .forEach(line -> page.append(line.strip()).append('\n'));
                page.append("\n## Responsibilities\n\n");
                yaml.lines().dropWhile(line -> !line.startsWith("responsibilities:")).skip(1)
                        .takeWhile(line -> line.startsWith("  ")).filter(line -> line.startsWith("  - "))
                        .forEach(line -> page.append("- ").append(line.substring(4)).append('\n'));
                Files.writeString(site.resolve("content/notices/" + file.getFileName().toString()
                        .replace(".yaml", ".md")), page.toString(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String vary(String seed, int i, Random random) {
        String[] station = DUTY_STATIONS.get(random.nextInt(DUTY_STATIONS.size()));
        String category = value(seed, "staffCategory");
        List<String> grades = GRADES.get(category);
        LocalDate opens = FIRST_OPENING.plusDays(random.nextInt(600));
        LocalDate closes = weekday(opens.plusDays(11 + random.nextInt(10)));
        String text = seed
                .replaceFirst("(?m)^reference: .*$", "reference: VN 2030/" + i + " (S)")
                .replaceFirst("(?m)^(title: .*)$", "$1" + QUALIFIERS.get(random.nextInt(QUALIFIERS.size())))
                .replaceFirst("(?m)^  city: .*$", "  city: " + station[0])
                .replaceFirst("(?m)^  country: .*$", "  country: " + station[1])
                .replaceFirst("(?m)^grade: .*$", "grade: " + grades.get(random.nextInt(grades.size())))
                .replaceFirst("(?m)^  opens: .*$", "  opens: " + opens)
                .replaceFirst("(?m)^  closes: .*$", "  closes: " + closes)
                .replaceAll("(?m)^competencyLevel: .*\\R", "");
        for (String list : List.of("responsibilities", "experience", "skills")) {
            text = shorten(text, list, random);
        }
        return text;
    }

    /** Drops up to half of a top-level list's items, from its end: notices differ in length. */
    private static String shorten(String text, String key, Random random) {
        int start = text.indexOf("\n" + key + ":\n");
        if (start < 0) {
            return text;
        }
        int from = start + key.length() + 3;
        int end = from;
        List<Integer> items = new ArrayList<>();
        while (end < text.length() && (text.startsWith("  ", end) || text.startsWith("#", end))) {
            if (text.startsWith("  - ", end)) {
                items.add(end);
            }
            int next = text.indexOf('\n', end);
            end = next < 0 ? text.length() : next + 1;
        }
        int drop = items.size() < 4 ? 0 : random.nextInt(items.size() / 2 + 1);
        if (drop == 0 || text.substring(from, end).contains("group:")) {
            return text;
        }
        return text.substring(0, items.get(items.size() - drop)) + text.substring(end);
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate result = day;
        while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY) {
            result = result.plusDays(1);
        }
        return result;
    }

    private static String value(String notice, String key) {
        return notice.lines().filter(line -> line.startsWith(key + ": ")).findFirst().orElseThrow()
                .substring(key.length() + 2).strip();
    }
}
