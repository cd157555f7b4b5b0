package org.vacancypress.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;

/** Whatever bytes a file holds, loading ends in a tree or in problems on that file, never in an exception. */
class YamlLoaderTest {

    private static List<String> problemsOf(byte[] bytes) {
        Problems problems = new Problems();
        Optional<YamlNode> tree = YamlLoader.parse(bytes, "x.yaml", problems);
        assertEquals(tree.isEmpty(), problems.hasErrors(), "a tree exactly when there is no error");
        return problems.list().stream().map(Problem::toString).toList();
    }

    private static List<String> problemsOf(String text) {
        return problemsOf(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "!%A                                   | x.yaml:1:1: error: cannot read YAML",
            "''                                    | x.yaml:1:1: error: the file is empty",
            "key: [a, b                            | x.yaml:",
            "'a: &a [*a]'                          | x.yaml:1:4: error: an alias refers to the value that contains it",
            "'!!binary aGVsbG8='                   | x.yaml:1:1: error: tag 'tag:yaml.org,2002:binary' is not allowed"})
    void malformedInputIsAProblemOnTheFile(String text, String expectedStart) {
        List<String> problems = problemsOf(text);
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).startsWith(expectedStart.strip()), problems.toString());
    }

    @Test
    void aBillionLaughsIsStoppedBeforeItExpands() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        List<String> problems = problemsOf(yaml.toString());
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void aLimitIsReportedAtTheNodeThatCrossesIt() {
        assertEquals(List.of("x.yaml:3:48: error: cannot read YAML: values nested more than 40 levels deep; flatten"
                + " the structure"), problemsOf("title: x\ncity: y\nnested: " + "[".repeat(60) + "]".repeat(60)));
        String fiftyOneAliases = "a: &a [x]\nb:\n" + "  - *a\n".repeat(51);
        assertEquals(List.of("x.yaml:53:5: error: cannot read YAML: more than 50 aliases to lists or mappings; write"
                + " the values out plainly"), problemsOf(fiftyOneAliases));
        String longAliases = "a: &a '" + "x".repeat(1_500_000) + "'\nb: [*a, *a, *a]\n";
        assertEquals(List.of("x.yaml:2:9: error: the document expands to more than 4 Mi characters (through"
                + " aliases?), more than a file may hold; write it out plainly"), problemsOf(longAliases));
    }

    @Test
    void invalidUtf8IsReportedAtTheByte() {
        byte[] bytes = "title: ok\ncity: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("x.yaml:2:10: error: the file is not valid UTF-8; save it as UTF-8 in your editor"),
                problemsOf(bytes));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() {
        assertEquals(List.of(), problemsOf("\uFEFFtitle: ok\r\ncountry: NO\r\n"));
    }

    @Test
    void tabsInIndentationGetAHint() {
        List<String> problems = problemsOf("dutyStation:\n\tcity: Tripoli\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("x.yaml:2:1: error:"), problems.get(0));
        assertTrue(problems.get(0).contains("a tab in the indentation (pasted?): YAML indents with spaces; write the line"
                + " as:   city: Tripoli"), problems.get(0));
    }

    @Test
    void scalarsStayText() {
        Problems problems = new Problems();
        YamlNode.Mapping root = (YamlNode.Mapping) YamlLoader.parse(
                "a: NO\nb: 010\nc: 1.10\nd: 2018-08-10\ne: yes\n".getBytes(StandardCharsets.UTF_8), "x.yaml", problems)
                .orElseThrow();
        assertEquals(List.of("NO", "010", "1.10", "2018-08-10", "yes"), root.entries().stream()
                .map(e -> ((YamlNode.Scalar) e.value()).value()).toList());
    }
}
