package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.problem.Problem;
import org.junit.jupiter.api.io.TempDir;

/** One run reports every independent mistake of a notice, each once, at its place, with its fix. */
class AllErrorsTest {

    @TempDir
    Path dir;

    private List<String> problems(String yaml) throws IOException {
        Path folder = Fixtures.folderWith(Files.createTempDirectory(dir, "case"), "notice", yaml);
        return new Generator(Fixtures.request(folder, folder.resolveSibling("out"))).validate().problems().stream()
                .map(Problem::toString).toList();
    }

    @Test
    void aMisspeltKeyHidesNeitherABadGradeNorAMissingClosingDate() throws IOException {
        String yaml = Fixtures.validNotice().replace("\ntitle: ", "\ntitel: Protection\ntitle: ")
                .replace("grade: P-3", "grade: P3").replace("  closes: 2018-08-23\n", "");
        assertEquals(List.of(
                "notices/notice.yaml:4:1: error: unknown key 'titel' (did you mean 'title'?)",
                "notices/notice.yaml:11:8: error: unknown grade 'P3' (did you mean 'P-3'?); the grades are listed in"
                        + " _organization.yaml",
                "notices/notice.yaml:22:3: error: the notice has no closing date: add 'closes' under 'posting'"
                        + " [missing-closing-date]"), problems(yaml));
    }

    @Test
    void aBadContractTypeHidesNeitherTheCountryNorTheGrade() throws IOException {
        String yaml = Fixtures.validNotice().replace("  type: fixed-term", "  type: FTA")
                .replace("country: LY", "country: LYB").replace("grade: P-3", "grade: G-5");
        assertEquals(List.of(
                "notices/notice.yaml:9:12: error: unknown country code 'LYB': use the ISO 3166-1 alpha-2 code in upper"
                        + " case, e.g. LY for Libya",
                "notices/notice.yaml:10:8: error: grade G-5 is a general-service grade, but the staff category is"
                        + " international-professional; correct one of them [grade-category]",
                "notices/notice.yaml:16:9: error: 'contract.type' must be one of the contractTypes of _organization.yaml:"
                        + " fixed-term, special-short-term; found 'FTA'"), problems(yaml));
    }

    @Test
    void aDuplicateKeyHidesNothingElse() throws IOException {
        String yaml = Fixtures.validNotice().replace("grade: P-3", "grade: P3\ngrade: P-3");
        assertEquals(List.of(
                "notices/notice.yaml:10:8: error: unknown grade 'P3' (did you mean 'P-3'?); the grades are listed in"
                        + " _organization.yaml",
                "notices/notice.yaml:11:1: error: duplicate key 'grade'; keep only one"), problems(yaml));
    }

    @Test
    void aListItemWithAColonIsToBeQuoted() throws IOException {
        String yaml = Fixtures.validNotice().replace("responsibilities:\n",
                "responsibilities:\n  - Coordination: lead the response\n");
        assertEquals(List.of("notices/notice.yaml:40:5: error: 'responsibilities[1]' must be text, found a mapping:"
                + " put this line in quotes: - \"Coordination: lead the response\""), problems(yaml));
    }

    @Test
    void aPastedBulletGetsTheLineAsItShouldBe() throws IOException {
        String yaml = Fixtures.validNotice().replace("responsibilities:\n",
                "responsibilities:\n  - Lead the team.\n  • Coordinate the response.\n");
        assertEquals(List.of("notices/notice.yaml:41:3: error: a '•' bullet pasted from a word processor: start the"
                + " item with '- ' instead:   - Coordinate the response."), problems(yaml));
    }

    @Test
    void aPastedTabGetsTheLineAsItShouldBe() throws IOException {
        String yaml = Fixtures.validNotice().replace("responsibilities:\n",
                "responsibilities:\n  - Lead the team.\n\t- Coordinate the response.\n");
        assertEquals(List.of("notices/notice.yaml:41:1: error: a tab in the indentation (pasted?): YAML indents with"
                + " spaces; write the line as:   - Coordinate the response."), problems(yaml));
    }

    @Test
    void aColonInAPlainValueIsToBeQuoted() throws IOException {
        String yaml = Fixtures.validNotice().replace("unit: Protection Unit", "unit: Unit: Protection");
        assertEquals(List.of("notices/notice.yaml:6:1: error: put this line's text in quotes: unit: \"Unit:"
                + " Protection\""), problems(yaml));
    }
}
