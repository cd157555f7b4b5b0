package org.vacancypress.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per class of user mistake: each must come out as {@code file:line:col: error:
 * message}, the place being where the mistake is written.
 */
class ValidationTest {

    @TempDir
    Path dir;

    /** Validates the valid notice with {@code from} replaced by {@code to}; returns the printed problems. */
    private List<String> problemsAfter(String from, String to) {
        String yaml = Fixtures.validNotice();
        assertTrue(yaml.contains(from), "fixture lacks: " + from);
        try {
            Path folder = Fixtures.folderWith(Files.createTempDirectory(dir, "case"), "notice", yaml.replace(from, to));
            return new Generator(Fixtures.request(folder, folder.resolveSibling("out"))).validate().problems()
                    .stream().map(Problem::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "notices/notice.yaml:L:C" where L and C are those of {@code text}'s first occurrence of {@code marker}. */
    private static String at(String text, String marker) {
        int offset = text.indexOf(marker);
        assertTrue(offset >= 0, marker);
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        return "notices/notice.yaml:" + line + ":" + column;
    }

    /** Replacing {@code from} by {@code to} gives exactly one problem, {@code message}, at {@code marker}. */
    private void assertOnlyProblem(String from, String to, String marker, String message) {
        assertEquals(List.of(at(edited(from, to), marker) + message), problemsAfter(from, to));
    }

    private static String edited(String from, String to) {
        return Fixtures.validNotice().replace(from, to);
    }

    @Test
    void theValidNoticeHasNoProblem() {
        assertEquals(List.of(), problemsAfter("title:", "title:"));
    }

    @Test
    void anUnknownKeySuggestsTheKnownOne() {
        assertEquals(List.of("notices/notice.yaml:2:1: error: missing required field 'title'",
                        at(edited("title: ", "titel: "), "titel") + ": error: unknown key 'titel' (did you mean 'title'?)"),
                problemsAfter("title: ", "titel: "));
    }

    @Test
    void anUnknownKeyInANestedMappingIsNamedWithItsPath() {
        String text = edited("  city: Tripoli", "  cty: Tripoli");
        assertTrue(problemsAfter("  city: Tripoli", "  cty: Tripoli")
                .contains(at(text, "cty") + ": error: unknown key 'cty' in 'dutyStation' (did you mean 'city'?)"));
    }

    @Test
    void aWrongTypeNamesTheFieldAndWhatWasFound() {
        assertOnlyProblem("dutyStation:\n  city: Tripoli\n  country: LY", "dutyStation: Tripoli", "Tripoli",
                ": error: 'dutyStation' must be a mapping of 'key: value' lines,"
                        + " found text 'Tripoli'");
    }

    @Test
    void aDateInAnotherFormatIsRefused() {
        assertOnlyProblem("opens: 2018-08-10", "opens: 10.08.2018", "10.08.2018",
                ": error: 'posting.opens' must be a date written YYYY-MM-DD,"
                + " found '10.08.2018'");
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        assertEquals(List.of("notices/notice.yaml:2:1: error: missing required field 'reference'"),
                problemsAfter("reference: VN 2018/195 (P)\n", ""));
    }

    @Test
    void aClosingDateBeforeTheOpeningDateIsReportedAtTheClosingDate() {
        assertOnlyProblem("closes: 2018-08-23", "closes: 2018-08-01", "2018-08-01",
                ": error: 'posting.closes' (2018-08-01) is before"
                + " 'posting.opens' (2018-08-10); check both dates");
    }

    @Test
    void anUnknownGradeSuggestsTheNearestGrade() {
        assertOnlyProblem("grade: P-3", "grade: P3", "P3",
                ": error: unknown grade 'P3' (did you mean 'P-3'?);"
                + " the grades are listed in _organization.yaml");
    }

    @Test
    void anUnknownCountryCodeIsReported() {
        assertOnlyProblem("country: LY", "country: XL", "XL",
                ": error: unknown country code 'XL': use the ISO 3166-1 alpha-2"
                + " code in upper case, e.g. LY for Libya");
    }

    @Test
    void yaml11ImplicitTypesNeverApply() {
        assertEquals(List.of(), problemsAfter("country: LY", "country: NO"), "NO is Norway, not false");
        assertOnlyProblem("grade: P-3", "grade: 010", "010",
                ": error: unknown grade '010'; the grades are listed in _organization.yaml");
        assertOnlyProblem("directReports: true", "directReports: yes", "yes",
                ": error: 'directReports' must be true or false, found 'yes'");
    }

    @Test
    void anUnknownKeywordListsTheAllowedOnes() {
        assertOnlyProblem("vacancyType: vacancy-notice", "vacancyType: vacancy-notise", "vacancy-notise",
                ": error: 'vacancyType' must be one of the vacancyTypes of _organization.yaml: vacancy-notice,"
                + " special-vacancy-notice; found 'vacancy-notise' (did you mean 'vacancy-notice'?)");
    }

    @Test
    void brokenYamlIsReportedWhereTheParserStopped() {
        List<String> problems = problemsAfter("title: Protection Coordinator", "title: [Protection Coordinator");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).matches("notices/notice\\.yaml:\\d+:\\d+: error: cannot read YAML: .+"),
                problems.get(0));
        assertFalse(problems.get(0).contains("Exception"), "no Java in a user's message");
    }

    @Test
    void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
        assertOnlyProblem("title: Protection Coordinator", "title: Protection Coordinator\ntitle: Other", "title: Other",
                ": error: duplicate key 'title'; keep only one");
    }

    @Test
    void javaTagsAreRefusedNotConstructed() {
        List<String> problems = problemsAfter("title: Protection Coordinator",
                "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("notices/notice.yaml:4:8: error: cannot read YAML: Global tag is not"
                + " allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager"), problems.get(0));
    }

    @Test
    void allErrorsOfAllFilesAreReportedTogetherAndNothingIsPublished() throws IOException {
        Path folder = Fixtures.folderWith(dir, "first", Fixtures.validNotice().replace("grade: P-3", "grade: P3"));
        Files.writeString(folder.resolve("second.yaml"), Fixtures.validNotice()
                .replace("reference: VN 2018/195 (P)", "reference: VN 2018/196 (P)")
                .replace("title: ", "titel: "), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("third.yaml"), "title: [unclosed", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous site");
        Files.writeString(out.resolve(".vacancy-manifest"), "index.html -\n");

        BuildResult result = new Generator(Fixtures.request(folder, out)).html();

        List<String> files = result.problems().stream().map(p -> p.location().file()).distinct().toList();
        assertEquals(List.of("notices/first.yaml", "notices/second.yaml", "notices/third.yaml"), files);
        assertEquals(4, result.errorCount());
        assertEquals("previous site", Files.readString(out.resolve("index.html")), "the published site is untouched");
    }
}
