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

    /** The real 2018 notice's text, a valid notice to break in one place per test. */
    static String validNotice() {
        return read(NOTICES.resolve("protection-coordinator-tripoli-2018.yaml"));
    }
}
