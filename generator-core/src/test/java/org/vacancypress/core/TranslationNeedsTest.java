package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;

/** A translation gives the dated editions the notices in its language use, not every edition. */
class TranslationNeedsTest {

    /** A 2019 edition of the framework, which no French or Arabic notice (opened 2023 and 2025) uses. */
    private static final String EDITION_2019 = """
              - inForceFrom: 2019-06-01
                levelled: true
                values:
                  - name: Integrity
                    description: Maintains high ethical standards.
                core:
                  - name: Teamwork
                    description: Works with others.
            """;

    @TempDir
    Path dir;

    private Path notices() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Path competencies = notices.resolve("_data/competencies.yaml");
        String text = Files.readString(competencies, StandardCharsets.UTF_8);
        assertTrue(text.contains("editions:\n"));
        Files.writeString(competencies, text.replace("editions:\n", "editions:\n" + EDITION_2019),
                StandardCharsets.UTF_8);
        return notices;
    }

    @Test
    void anEditionNoTranslatedNoticeUsesNeedsNoTranslation() throws IOException {
        BuildResult result = new Generator(Fixtures.request(notices(), dir.resolve("site"))).html();
        assertEquals(List.of(), result.problems());
    }

    @Test
    void anEditionATranslatedNoticeUsesNeedsItsTranslation() throws IOException {
        Path notices = notices();
        Path french = notices.resolve("programme-assistant-ctip-port-vila-2023-fr.yaml");
        String text = Files.readString(french, StandardCharsets.UTF_8);
        String in2019 = text.replaceFirst("(?m)^  opens: .*$", "  opens: 2019-07-01")
                .replaceFirst("(?m)^  closes: .*$", "  closes: 2019-07-15");
        assertFalse(text.equals(in2019));
        Files.writeString(french, in2019, StandardCharsets.UTF_8);
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).html();
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        // At the mapping of the editions, where the missing one goes; not at the notice's language field.
        int editions = Files.readAllLines(notices.resolve("_i18n/fr.yaml")).indexOf("competencies:") + 2;
        assertEquals(List.of("notices/_i18n/fr.yaml:" + editions + ":3: error: no fr text for competencies.2019-06-01.Integrity,"
                + " competencies.2019-06-01.Teamwork, which notices/programme-assistant-ctip-port-vila-2023-fr.yaml"
                + " shows (it is in Français); add them to this mapping, translated from _organization.yaml and _data/"),
                problems);
    }

    @Test
    void aSectionMissingFromATranslationIsReportedAtTheFilesFirstLine() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Path french = notices.resolve("_i18n/fr.yaml");
        String text = Files.readString(french, StandardCharsets.UTF_8);
        String withoutNotes = text.replaceFirst("(?ms)^notes:\\n(  .*?\\n)+", "");
        assertFalse(text.equals(withoutNotes));
        Files.writeString(french, withoutNotes, StandardCharsets.UTF_8);
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).html();
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("notices/_i18n/fr.yaml:1:1: error: no fr text for notes."), problems.get(0));
        assertTrue(problems.get(0).contains("which notices/programme-assistant-ctip-port-vila-2023-fr.yaml shows"),
                problems.get(0));
    }

    @Test
    void aLanguageNoNoticeIsWrittenInNeedsNoTranslation() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Files.delete(notices.resolve("national-protection-officer-avm-tripoli-2025-ar.yaml"));
        Files.delete(notices.resolve("_i18n/ar.yaml"));
        Path spanish = notices.resolve("_i18n/es.yaml");
        Files.writeString(spanish, "name: Organización Internacional para las Migraciones\n", StandardCharsets.UTF_8);
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).html();
        assertEquals(List.of(), result.problems(), "no Arabic notice, no Arabic file; no Spanish notice, next to no Spanish");
    }
}
