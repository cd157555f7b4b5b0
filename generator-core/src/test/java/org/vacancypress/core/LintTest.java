package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Severity;
import org.vacancypress.core.validate.LintRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The defects of the seed notices, as written, one file per rule in src/test/resources/lint:
 * each file declares the one warning it must produce, and produces exactly that one.
 */
class LintTest {

    private static final Path DEFECTS = Path.of("src/test/resources/lint");
    private static final Pattern EXPECT = Pattern.compile("# expect: ([a-z-]+) at (\\d+):(\\d+)");

    @TempDir
    Path dir;

    static List<Path> defects() throws IOException {
        try (Stream<Path> files = Files.list(DEFECTS)) {
            return files.sorted().toList();
        }
    }

    private List<Problem> problemsOf(String name, String yaml) {
        return Fixtures.validatedAlone(dir, name, yaml).problems();
    }

    /** Problems and notes: a draft's findings are notes. */
    private List<Problem> reportedOf(String name, String yaml) {
        return Fixtures.validatedAlone(dir, name, yaml).reported();
    }

    @Test
    void everyRuleHasItsDefectFile() throws IOException {
        List<String> files = defects().stream().map(f -> f.getFileName().toString().replace(".yaml", "")).toList();
        assertEquals(Arrays.stream(LintRule.values()).filter(rule -> !rule.needsProofreader()).map(LintRule::id)
                .sorted().toList(), files);
    }

    @ParameterizedTest
    @MethodSource("defects")
    void eachDefectGivesItsOneFindingAtItsPlace(Path file) {
        String yaml = Fixtures.read(file);
        Matcher expect = EXPECT.matcher(yaml);
        assertTrue(expect.find(), file + " declares what it expects");
        String name = file.getFileName().toString().replace(".yaml", "");
        List<Problem> problems = problemsOf(name, yaml);
        assertEquals(1, problems.size(), problems.toString());
        Problem warning = problems.get(0);
        boolean blocking = LintRule.valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_')).blocking();
        assertEquals(blocking ? Severity.ERROR : Severity.WARNING, warning.severity(),
                "an unfinished notice that will be published is an error");
        assertEquals(Optional.of(expect.group(1)), warning.rule());
        assertEquals(new Location("notices/" + name + ".yaml", Integer.parseInt(expect.group(2)),
                Integer.parseInt(expect.group(3))), warning.location(), warning.toString());
    }

    @Test
    void theDefectsOfAnUnfinishedNoticeAreErrorsAndOnADraftNotes() {
        String yaml = Fixtures.validNotice().replace("title: Protection Coordinator", "title: TODO title")
                .replace("grade: P-3", "grade: G-5").replaceAll("\n  closes: [0-9-]+", "");
        List<String> published = problemsOf("notice", yaml).stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "notices/notice.yaml:4:8: error: 'title' still holds a TODO placeholder from vacancy:new: write the real"
                        + " text [placeholder]",
                "notices/notice.yaml:10:8: error: grade G-5 is a general-service grade, but the staff category is"
                        + " international-professional; correct one of them [grade-category]",
                "notices/notice.yaml:21:3: error: the notice has no closing date: add 'closes' under 'posting'"
                        + " [missing-closing-date]"), published);
        List<Problem> draft = reportedOf("notice", yaml + "draft: true\n");
        assertEquals(3, draft.size(), draft.toString());
        assertTrue(draft.stream().allMatch(p -> p.severity() == Severity.NOTE), draft.toString());
    }

    @Test
    void theOrganizationRaisesLowersAndTurnsOffRules() throws IOException {
        String yaml = Fixtures.read(DEFECTS.resolve("weekend-closing.yaml")).replace("title: ", "title: TODO ");
        Path folder = Fixtures.folderWith(Files.createTempDirectory(dir, "case"), "notice", yaml);
        Path organization = folder.resolve("_organization.yaml");
        Files.writeString(organization, Files.readString(organization).replace("checks:\n",
                "checks:\n  rules: {weekend-closing: error, placeholder: warning, duplicate-item: off}\n"));
        List<Problem> problems = new Generator(Fixtures.request(folder, folder.resolveSibling("out"))).validate()
                .problems();
        assertEquals(List.of("placeholder WARNING", "weekend-closing ERROR"), problems.stream()
                .map(p -> p.rule().orElse("") + " " + p.severity()).sorted().toList());

        Files.writeString(organization, Files.readString(organization).replace("duplicate-item: off",
                "duplicate-items: off"));
        List<String> misnamed = new Generator(Fixtures.request(folder, folder.resolveSibling("out"))).validate()
                .problems().stream().map(Problem::toString).filter(p -> p.contains("duplicate-items")).toList();
        assertEquals(1, misnamed.size(), misnamed.toString());
        assertTrue(misnamed.get(0).matches("notices/_organization\\.yaml:\\d+:\\d+: error: no lint rule is called"
                + " 'duplicate-items' \\(did you mean 'duplicate-item'\\?\\).*"), misnamed.get(0));
    }

    @Test
    void aNoticeSilencesARuleWithItsReason() {
        String yaml = Fixtures.read(DEFECTS.resolve("weekend-closing.yaml"))
                + "suppressWarnings:\n  weekend-closing: The regional office agreed to a Saturday closing.\n";
        assertEquals(List.of(), problemsOf("weekend-closing", yaml));
    }

    @Test
    void silencingAnUnknownRuleIsAnErrorThatSuggestsTheRule() {
        String yaml = Fixtures.read(DEFECTS.resolve("weekend-closing.yaml"))
                + "suppressWarnings:\n  weekend-closings: The regional office agreed.\n";
        List<String> problems = problemsOf("weekend-closing", yaml).stream().map(Problem::toString).toList();
        assertTrue(problems.contains("notices/weekend-closing.yaml:21:21: error: no lint rule is called"
                + " 'weekend-closings' (did you mean 'weekend-closing'?); the rules are listed in NOTICE-FORMAT.md"),
                problems.toString());
    }

    @Test
    void aHeadingGluedToTheNextLineIsFound() {
        String yaml = Fixtures.validNotice().replace("  Migration is part of the fabric of Libya.",
                "  Monitoring, Evaluation and Reporting\n  Support in the development and maintenance of M&E tools.\n\n"
                        + "  Migration is part of the fabric of Libya.");
        List<Problem> problems = problemsOf("notice", yaml);
        assertEquals(List.of("glued-text"), problems.stream().map(p -> p.rule().orElse("")).toList());
        assertTrue(problems.get(0).message().contains("'Monitoring, Evaluation and Reporting'"));
    }

    @Test
    void aControlCharacterIsEncodingDamage() {
        String yaml = Fixtures.validNotice().replace("title: Protection Coordinator",
                "title: \"Protection\\x07 Coordinator\"");
        List<String> problems = problemsOf("notice", yaml).stream().map(Problem::toString).toList();
        assertEquals(List.of("notices/notice.yaml:4:8: warning: a control character (U+0007) in 'title': delete it"
                + " [encoding-damage]"), problems);
    }

    @Test
    void aWarningOnAGroupTitleAfterFlatDutiesPointsAtThatTitle() {
        String yaml = Fixtures.validNotice().replace("  - Perform such other duties as may be assigned.",
                "  - Perform such other duties as may be assigned.\n  - group: \"Coordination\\x07\"\n    items: [Coordinate.]");
        List<String> problems = problemsOf("notice", yaml).stream().map(Problem::toString).toList();
        int line = (int) yaml.substring(0, yaml.indexOf("  - group:")).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(List.of("notices/notice.yaml:" + line + ":12: warning: a control character (U+0007) in 'groups[1]':"
                + " delete it [encoding-damage]"), problems);
    }

    @Test
    void nearDuplicatesDifferingInCaseAndPunctuationAreDuplicates() {
        String yaml = Fixtures.validNotice().replace("  - Perform such other duties as may be assigned.",
                "  - perform such other duties as may be assigned; and,\n  - Perform such other duties as may be assigned.");
        assertEquals(List.of("duplicate-item"), problemsOf("notice", yaml).stream()
                .map(p -> p.rule().orElse("")).toList());
    }

    @Test
    void withFailOnWarningAWarningStopsPublishing() throws IOException {
        Path folder = Fixtures.folderWith(dir, "weekend-closing", Fixtures.read(DEFECTS.resolve("weekend-closing.yaml")));
        Path out = dir.resolve("out");
        BuildRequest strict = Fixtures.request(folder, out).withFailOnWarning(true);
        BuildResult result = new Generator(strict).html();
        assertTrue(result.succeeded(), "a warning is not an error");
        assertEquals(0, result.noticesPublished());
        assertFalse(Files.exists(out));
        assertEquals("Lint: 1 warning in 1 of 1 notices (weekend-closing 1)", result.lintSummary());
    }
}
