package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.scaffold.NoticeScaffold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vacancy:new's notice: valid from the start, its placeholders flagged, nothing overwritten. */
class NoticeScaffoldTest {

    @TempDir
    Path dir;

    @Test
    void aNewNoticeIsValidAndItsPlaceholdersAreNotes() throws IOException {
        Path folder = Fixtures.folderWith(dir, "unused", Fixtures.validNotice());
        Files.delete(folder.resolve("unused.yaml"));
        Organization organization = new SourceFolder(folder, dir).loadOrganization(new Problems()).orElseThrow();
        Path file = NoticeScaffold.create(folder, "Protection Officer (Mixed Migration)", "P-3", "Tripoli, ly",
                LocalDate.of(2026, 11, 23), organization);
        assertEquals("protection-officer-mixed-migration.yaml", file.getFileName().toString());
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("out"))).validate();
        assertEquals(0, result.errorCount(), result.problems().toString());
        assertEquals(List.of(), result.problems(), "a draft's findings fail no build");
        assertTrue(result.notes().stream().allMatch(p -> p.rule().equals(Optional.of("placeholder"))),
                result.notes().toString());
        assertTrue(result.notes().size() >= 5);
        String text = Files.readString(file);
        assertTrue(text.contains("draft: true"));
        assertTrue(text.contains("staffCategory: international-professional"));
        assertTrue(text.contains("firstTier: [internal]"), "the first of the organization's first-tier groups");
        assertTrue(text.contains("directReports: false"), "IOM's sections list competencies");
        assertTrue(text.contains("closes: 2026-12-04"), "two weeks, moved off the weekend: " + text);
        assertThrows(FileAlreadyExistsException.class, () -> NoticeScaffold.create(folder,
                "Protection Officer (Mixed Migration)", "P-2", "Tunis, TN", LocalDate.of(2026, 11, 23), organization));
        assertTrue(Files.readString(file).contains("grade: \"P-3\""), "the first notice is left as it was");
        assertTrue(text.startsWith("# yaml-language-server: $schema=_schema/notice.schema.json\n"), text);
        assertEquals(Files.readString(Fixtures.NOTICES.resolve("_schema/notice.schema.json")),
                Files.readString(folder.resolve("_schema/notice.schema.json")), "the schema is beside the notices");
        assertEquals(List.of(), new Generator(Fixtures.request(folder, dir.resolve("out"))).validate().problems()
                .stream().filter(Problem::isError).toList());
    }

    @Test
    void answersAreCheckedAsTheyAreGiven() throws IOException {
        Path folder = Fixtures.folderWith(dir, "unused", Fixtures.validNotice());
        Organization organization = new SourceFolder(folder, dir).loadOrganization(new Problems()).orElseThrow();
        assertTrue(NoticeScaffold.gradeProblem("g5", organization).orElseThrow()
                .startsWith("unknown grade 'g5' (did you mean 'G-5'?); the organization's grades are "));
        assertEquals(Optional.empty(), NoticeScaffold.gradeProblem("NO-A", organization));
        assertEquals(Optional.of("'Tripoli' has no country: write the city, a comma and the ISO 3166-1 alpha-2 country"
                + " code, e.g. 'Tripoli, LY'"), NoticeScaffold.dutyStationProblem("Tripoli"));
        assertEquals(Optional.of("unknown country code 'LBY': use the ISO 3166-1 alpha-2 code, e.g. LY for Libya"),
                NoticeScaffold.dutyStationProblem("Tripoli, LBY"));
        assertEquals(Optional.empty(), NoticeScaffold.dutyStationProblem("Port Vila, vu"));
    }

    @Test
    void theExampleNoticesPointToTheSchemaBesideThemWhichIsTheGeneratorsOwn() throws IOException {
        String schema;
        try (var in = Generator.class.getClassLoader().getResourceAsStream(Generator.NOTICE_SCHEMA)) {
            schema = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<Path> folders = List.of(Fixtures.NOTICES, Fixtures.NOTICES.resolveSibling("examples/wfp"),
                Fixtures.NOTICES.resolveSibling("examples/acf"));
        for (Path folder : folders) {
            assertEquals(schema, Files.readString(folder.resolve(NoticeScaffold.SCHEMA_FILE)), folder.toString());
            try (var files = Files.list(folder)) {
                for (Path notice : files.filter(f -> f.toString().endsWith(".yaml"))
                        .filter(f -> !f.getFileName().toString().startsWith("_")).toList()) {
                    assertTrue(Files.readString(notice).startsWith(
                            "# yaml-language-server: $schema=_schema/notice.schema.json\n"), notice.toString());
                }
            }
        }
    }
}
