package org.vacancypress.proofreading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vacancypress.core.BuildRequest;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Severity;

/**
 * LanguageTool on the project's own notices and data (no warning) and on the defects of issue
 * 18 as written, one file per rule in src/test/resources/proofread, each giving its one warning
 * at its place. A handful of notices: checking is seconds a language, cold.
 */
class ProofreadingTest {

    private static final Path NOTICES = Path.of("..", "notices").toAbsolutePath().normalize();
    private static final Path DEFECTS = Path.of("src/test/resources/proofread");
    private static final Pattern EXPECT = Pattern.compile("# expect: ([a-z-]+) at (\\d+):(\\d+)");

    @TempDir
    Path dir;

    /** The project's notices folder without its notices, with the given one. */
    private Path folderWith(String name, String yaml) throws IOException {
        Path folder = Files.createTempDirectory(dir, "notices");
        try (Stream<Path> files = Files.walk(NOTICES)) {
            for (Path file : files.toList()) {
                Path relative = NOTICES.relativize(file);
                boolean data = relative.getNameCount() > 1 || relative.toString().startsWith("_");
                if (Files.isRegularFile(file) && data) {
                    Files.createDirectories(folder.resolve(relative).getParent());
                    Files.copy(file, folder.resolve(relative));
                }
            }
        }
        Files.writeString(folder.resolve(name + ".yaml"), yaml);
        return folder;
    }

    private static BuildResult validate(Path folder, Path out) {
        BuildRequest request = BuildRequest.of(folder, out).withToday(LocalDate.of(2026, 11, 23))
                .withDisplayBase(folder.getParent());
        return new Generator(request).proofreadWith(new LanguageToolProofreader()).validate();
    }

    /** One defect file a rule the proofreader finds, named by the rule. */
    @ParameterizedTest
    @ValueSource(strings = {"spelling", "grammar"})
    void eachDefectGivesItsOneWarningAtItsPlace(String name) throws IOException {
        String yaml = Files.readString(DEFECTS.resolve(name + ".yaml"));
        Matcher expect = EXPECT.matcher(yaml);
        assertTrue(expect.find(), name + " declares what it expects");
        Path folder = folderWith(name, yaml);
        List<Problem> problems = validate(folder, dir.resolve("out")).problems();
        assertEquals(1, problems.size(), problems.toString());
        Problem warning = problems.get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(Optional.of(expect.group(1)), warning.rule());
        assertEquals(new Location(folder.getFileName() + "/" + name + ".yaml", Integer.parseInt(expect.group(2)),
                Integer.parseInt(expect.group(3))), warning.location(), warning.toString());
    }

    @Test
    void theProjectsOwnNoticesAndDataHaveNoSpellingOrGrammarWarning() {
        BuildResult result = validate(NOTICES, dir.resolve("out"));
        assertEquals(List.of(), result.problems().stream().map(Problem::toString).toList());
    }
}
