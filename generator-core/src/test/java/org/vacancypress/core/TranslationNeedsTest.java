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
        assertTrue(problems.stream().anyMatch(p -> p.contains("has no fr text for competencies.2019-06-01.Integrity,"
                + " competencies.2019-06-01.Teamwork;")), problems.toString());
        assertFalse(problems.stream().anyMatch(p -> p.contains("competencies.2023-01-01")), "the edition it does not use");
    }
}
