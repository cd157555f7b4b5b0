package org.vacancypress.core.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.load.UnmodifiableRecordsTest;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;

/** The notices' model to JSON and back, as the notice cache keeps it. */
class RecordJsonTest {

    private static final Path NOTICES = Path.of("..", "notices").toAbsolutePath().normalize();

    @Test
    void everyRealNoticeComesBackEqual() throws IOException, ReflectiveOperationException {
        SourceFolder folder = new SourceFolder(NOTICES, NOTICES.getParent());
        List<Path> files;
        try (Stream<Path> list = Files.list(NOTICES)) {
            files = list.filter(file -> file.toString().endsWith(".yaml") && !file.getFileName().toString()
                    .startsWith("_")).sorted().toList();
        }
        assertEquals(7, files.size());
        Optional<Vocabularies> vocabularies = folder.loadOrganization(new Problems()).map(Organization::vocabularies);
        assertTrue(vocabularies.isPresent());
        for (Path file : files) {
            Problems problems = new Problems();
            Notice notice = folder.loadNotice(file, Language.EN, vocabularies, problems).orElseThrow().notice();
            String whole = RecordJson.write(notice, Notice.class);
            assertEquals(notice, RecordJson.read(whole, Notice.class), file.toString());
            NoticeCache.Summary summary = new NoticeCache.Summary(notice.outline(), List.of(Problem.warning(
                    "duplicate-item", new Location("notices/a.yaml", 3, 5), "repeated\there"),
                    Problem.error(Location.ofFile("x"), "e")), "words of texts");
            String json = RecordJson.write(summary, NoticeCache.Summary.class);
            assertEquals(summary, RecordJson.read(json, NoticeCache.Summary.class), file.toString());
            Notice read = (Notice) RecordJson.read(whole, Notice.class);
            assertEquals(notice.responsibilities(), read.responsibilities(), "lists keep their order");
            assertEquals(List.of(), UnmodifiableRecordsTest.changeable(read, file.getFileName().toString()),
                    "a kept notice is as unchangeable as a loaded one");
        }
    }

    @Test
    void aTextOfAnotherShapeIsRefused() throws IOException {
        for (String json : List.of("{}", "{\"city\":\"Tripoli\"}", "{\"city\":\"Tripoli\",\"country\":1}",
                "{\"city\":\"Tripoli\",\"country\":\"LY\",\"other\":\"x\"}", "[]", "{\"city\":\"Tripoli\",\"country\":\"LY\"} x")) {
            assertThrows(IOException.class, () -> RecordJson.read(json, org.vacancypress.core.model.DutyStation.class), json);
        }
    }
}
