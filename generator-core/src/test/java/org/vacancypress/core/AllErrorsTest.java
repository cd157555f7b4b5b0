package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vacancypress.core.problem.Problem;
import org.junit.jupiter.api.io.TempDir;

/** One run reports every independent mistake of a notice, each once, at its place, with its fix. */
class AllErrorsTest {

    @TempDir
    Path dir;

    private List<String> problems(String yaml) {
        return Fixtures.validatedAlone(dir, "notice", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aMisspeltKeyHidesNeitherABadGradeNorAMissingClosingDate() {
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
    void aBadContractTypeHidesNeitherTheCountryNorTheGrade() {
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
    void aDuplicateKeyHidesNothingElse() {
        String yaml = Fixtures.validNotice().replace("grade: P-3", "grade: P3\ngrade: P-3");
        assertEquals(List.of(
                "notices/notice.yaml:10:8: error: unknown grade 'P3' (did you mean 'P-3'?); the grades are listed in"
                        + " _organization.yaml",
                "notices/notice.yaml:11:1: error: duplicate key 'grade'; keep only one"), problems(yaml));
    }

    /** Lines as a word processor or a hurried hand writes them: each case is a text replaced, and the one problem. */
    static Stream<Arguments> linesWrittenAsYamlReadsThemOtherwise() {
        return Stream.of(
                arguments("a list item with a colon is to be quoted", "responsibilities:\n",
                        "responsibilities:\n  - Coordination: lead the response\n",
                        "notices/notice.yaml:40:5: error: 'responsibilities[1]' must be text, found a mapping: put this"
                                + " line in quotes: - \"Coordination: lead the response\""),
                arguments("a pasted bullet gets the line as it should be", "responsibilities:\n",
                        "responsibilities:\n  - Lead the team.\n  • Coordinate the response.\n",
                        "notices/notice.yaml:41:3: error: a '•' bullet pasted from a word processor: start the item"
                                + " with '- ' instead:   - Coordinate the response."),
                arguments("a pasted tab gets the line as it should be", "responsibilities:\n",
                        "responsibilities:\n  - Lead the team.\n\t- Coordinate the response.\n",
                        "notices/notice.yaml:41:1: error: a tab in the indentation (pasted?): YAML indents with spaces;"
                                + " write the line as:   - Coordinate the response."),
                arguments("a colon in a plain value is to be quoted", "unit: Protection Unit", "unit: Unit: Protection",
                        "notices/notice.yaml:6:1: error: put this line's text in quotes: unit: \"Unit: Protection\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linesWrittenAsYamlReadsThemOtherwise")
    void aLineYamlReadsOtherwiseGetsTheLineAsItShouldBe(String what, String written, String instead, String problem) {
        assertEquals(List.of(problem), problems(Fixtures.validNotice().replace(written, instead)));
    }
}
