package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.problem.Severity;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.report.Sarif;

/** The problems as SARIF 2.1.0, checked against the format's published JSON Schema (vendored: no network). */
class SarifTest {

    static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void schema() throws IOException {
        try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(new ObjectMapper().readTree(in));
        }
    }

    private List<Problem> problems() throws IOException {
        String yaml = Fixtures.validNotice().replace("title: Protection Coordinator", "title: TODO title")
                .replace("grade: P-3", "grade: P3").replace("  closes: 2018-08-23", "  closes: 2018-08-25");
        Path folder = Fixtures.folderWith(Files.createTempDirectory(dir, "case"), "unfinished", yaml);
        Files.writeString(folder.resolve("weekend.yaml"), Fixtures.validNotice().replace("closes: 2018-08-23",
                "closes: 2018-08-25"));
        List<Problem> problems = new ArrayList<>(new Generator(Fixtures.request(folder, folder.resolveSibling("out")))
                .validate().problems());
        problems.add(new Problem(Severity.NOTE, new Location("notices/draft.yaml", 24, 8), Optional.empty(),
                "not published: the notice is a draft"));
        problems.add(Problem.error(new Location("notices/an é.yaml", 1, 1), "the file name becomes the page's address"));
        return problems;
    }

    @Test
    void everyKindOfProblemIsValidSarif() throws IOException {
        List<Problem> problems = problems();
        assertEquals(Set.of(Severity.ERROR, Severity.WARNING, Severity.NOTE),
                Set.copyOf(problems.stream().map(Problem::severity).toList()), problems.toString());
        JsonNode log = new ObjectMapper().readTree(Sarif.of(problems, "0.1.0-SNAPSHOT"));
        assertEquals(Set.of(), schema.validate(log));
        assertFalse(schema.validate(new ObjectMapper().readTree(Sarif.of(problems, "1").replace("\"level\":\"note\"",
                "\"level\":\"notice\""))).isEmpty(), "the schema check can fail");
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(problems.size(), log.at("/runs/0/results").size());
    }

    @Test
    void eachResultNamesItsRuleLevelAndLine() throws IOException {
        JsonNode log = new ObjectMapper().readTree(Sarif.of(problems(), "0.1.0-SNAPSHOT"));
        List<String> results = new ArrayList<>();
        for (JsonNode result : log.at("/runs/0/results")) {
            JsonNode at = result.at("/locations/0/physicalLocation");
            results.add(result.get("ruleId").asText() + " " + result.get("level").asText() + " "
                    + at.at("/artifactLocation/uri").asText() + ":" + at.at("/region/startLine").asInt());
        }
        assertTrue(results.contains("placeholder error notices/unfinished.yaml:4"), results.toString());
        assertTrue(results.contains("notice-error error notices/unfinished.yaml:10"), results.toString());
        assertTrue(results.contains("notice-error error notices/an%20%C3%A9.yaml:1"), results.toString());
        assertTrue(results.contains("weekend-closing warning notices/weekend.yaml:22"), results.toString());
        assertTrue(results.contains("not-published note notices/draft.yaml:24"), results.toString());
        List<String> declared = new ArrayList<>();
        log.at("/runs/0/tool/driver/rules").forEach(rule -> declared.add(rule.get("id").asText()));
        for (String used : results.stream().map(r -> r.split(" ")[0]).toList()) {
            assertTrue(declared.contains(used), used + " is declared");
        }
        assertFalse(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uriBaseId").isMissingNode());
    }
}
