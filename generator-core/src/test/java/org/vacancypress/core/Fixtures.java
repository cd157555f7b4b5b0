package org.vacancypress.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The repository's real notices, and notices folders built from them for one test. */
final class Fixtures {

    /** The project's own notices folder: the real notices every test renders. */
    static final Path NOTICES = Path.of("..", "notices").toAbsolutePath().normalize();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Fixtures() {
    }

    static List<Path> realNoticeFiles() {
        try (Stream<Path> files = Files.list(NOTICES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The five real notices made from the seed notices, in English: the notices whose every
     * sentence is checked against the seed ({@code src/test/resources/seed-sentences}).
     */
    static List<Path> seedNoticeFiles() {
        return realNoticeFiles().stream().filter(file -> Files.exists(Path.of("src/test/resources/seed-sentences",
                file.getFileName().toString().replace(".yaml", ".txt")))).toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document page(Path file) {
        return Jsoup.parse(read(file));
    }

    static BuildRequest request(Path source, Path output) {
        return BuildRequest.of(source, output).withToday(TODAY).withDisplayBase(source.getParent());
    }

    static BuildRequest request(Path source, Path output, Path templates) {
        return request(source, output).withTemplateDirectory(templates);
    }

    /**
     * A notices folder in {@code dir} holding the real organization data and, as
     * {@code name.yaml}, the given notice text (replacing any of that name); returns the folder.
     */
    static Path folderWith(Path dir, String name, String noticeYaml) {
        Path folder = dir.resolve("notices");
        try {
            Files.createDirectories(folder.resolve("_data"));
            for (String data : List.of("_organization.yaml", "_data/competencies.yaml",
                    "_data/non-represented-member-states.yaml")) {
                Files.copy(NOTICES.resolve(data), folder.resolve(data), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(folder.resolve(name + ".yaml"), noticeYaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /**
     * Validates {@code noticeYaml} as {@code name.yaml} with the real organization data, in a
     * folder of its own under {@code dir}, so that the cases of one test never meet.
     */
    static BuildResult validatedAlone(Path dir, String name, String noticeYaml) {
        try {
            Path folder = folderWith(Files.createTempDirectory(dir, "case"), name, noticeYaml);
            return new Generator(request(folder, folder.resolveSibling("out"))).validate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day the {@link #siteFolder} is built on: three of its notices are open, two closed. */
    static final LocalDate SITE_DAY = LocalDate.of(2026, 11, 27);

    /**
     * The real notices and organization data copied into {@code dir}, with their closing dates
     * moved so that on {@link #SITE_DAY} three are open (closing on 29 November, 2 and 4 December,
     * in file order) and two are closed (on 10 and 13 November); returns the folder.
     */
    static Path siteFolder(Path dir) {
        return withClosingDates(dir, List.of("2026-11-29", "2026-12-02", "2026-12-04", "2026-11-10", "2026-11-13"));
    }

    /** The real notices copied into {@code dir}, every one open on {@link #TODAY}: they close on 27 November 2026. */
    static Path openFolder(Path dir) {
        return withClosingDates(dir, List.of("2026-11-27", "2026-11-27", "2026-11-27", "2026-11-27", "2026-11-27"));
    }

    /** The five seed notices copied into {@code dir}, closing on the given days in file order. */
    private static Path withClosingDates(Path dir, List<String> closing) {
        Path folder = folderWith(dir, "protection-coordinator-tripoli-2018", validNotice());
        List<Path> notices = seedNoticeFiles();
        for (int i = 0; i < notices.size(); i++) {
            String text = read(notices.get(i)).replaceFirst("(?m)^  closes: .*$", "  closes: " + closing.get(i));
            try {
                Files.writeString(folder.resolve(notices.get(i).getFileName()), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    /**
     * A folder of more open vacancies than a screen shows, in {@code dir}: every real notice
     * (the French and Arabic versions too) and the organization's logo, open on {@link #SITE_DAY}, and a second vacancy
     * (reference and name with "-b") of three of them; eight vacancies, ten notices.
     */
    static Path crowdedFolder(Path dir) {
        Path folder = folderWith(dir, "protection-coordinator-tripoli-2018", validNotice());
        List<Path> notices = realNoticeFiles();
        List<String> again = List.of("protection-coordinator-tripoli-2018", "protection-programme-officer-coxs-bazar-2025",
                "protection-officer-policy-capacity-development-libya-2025");
        try (Stream<Path> translations = Files.list(NOTICES.resolve("_i18n"))) {
            Files.createDirectories(folder.resolve("_i18n"));
            Files.copy(NOTICES.resolve("_data/logo.svg"), folder.resolve("_data/logo.svg"), StandardCopyOption.REPLACE_EXISTING);
            for (Path translation : translations.toList()) {
                Files.copy(translation, folder.resolve("_i18n").resolve(translation.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            for (int i = 0; i < notices.size(); i++) {
                String name = notices.get(i).getFileName().toString().replace(".yaml", "");
                String text = read(notices.get(i)).replaceFirst("(?m)^  closes: .*$", "  closes: " + SITE_DAY.plusDays(3 + 4 * i));
                Files.writeString(folder.resolve(name + ".yaml"), text, StandardCharsets.UTF_8);
                if (again.contains(name)) {
                    Files.writeString(folder.resolve(name + "-b.yaml"), text.replaceFirst("(?m)^reference: (.*)$", "reference: $1-b")
                            .replaceFirst("(?m)^  closes: .*$", "  closes: " + SITE_DAY.plusDays(40 + i)), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** A template folder in {@code dir} holding one template, which replaces the default of its name. */
    static Path templateFolder(Path dir, String template, String text) {
        try {
            Path templates = Files.createDirectories(dir.resolve("templates"));
            Files.writeString(templates.resolve(template), text);
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole real notices folder (notices, data, translations) copied into {@code dir}; returns the copy. */
    static Path copyOfNotices(Path dir) {
        Path notices = dir.resolve("notices");
        try (Stream<Path> files = Files.walk(NOTICES)) {
            for (Path file : files.toList()) {
                Path copy = notices.resolve(NOTICES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return notices;
    }

    /** The French NGO example's folder (its notices and organization) copied into {@code dir}, written in {@code language}. */
    static Path exampleIn(Path dir, String language) {
        Path example = Path.of("..", "examples", "acf").toAbsolutePath().normalize();
        Path notices = dir.resolve("acf");
        try (Stream<Path> files = Files.list(example)) {
            Files.createDirectories(notices);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, notices.resolve(file.getFileName()));
            }
            Path organization = notices.resolve("_organization.yaml");
            Files.writeString(organization, Files.readString(organization, StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^language: fr$", "language: " + language), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return notices;
    }

    /** The real 2018 notice's text, a valid notice to break in one place per test. */
    static String validNotice() {
        return read(NOTICES.resolve("protection-coordinator-tripoli-2018.yaml"));
    }
}
