package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;

/**
 * An organization words the templates' labels its own way in its data ({@code messages:}), in
 * its language and its translations; the templates' defaults are true of any organization.
 */
class OrganizationWordingTest {

    private static final String FRENCH = "programme-assistant-ctip-port-vila-2023-fr";

    @TempDir
    Path dir;

    private static void replace(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = text.replaceFirst(regex, replacement);
        assertTrue(!changed.equals(text), regex);
        Files.writeString(file, changed, StandardCharsets.UTF_8);
    }

    @Test
    void theOrganizationsWordingReplacesTheDefaultInEachLanguage() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        replace(notices.resolve("_organization.yaml"), "appointment: Type of appointment", "appointment: Appointment");
        replace(notices.resolve("_i18n/fr.yaml"), "appointment: Type de nomination", "appointment: Engagement");
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).html();
        assertEquals(List.of(), result.problems());
        Document english = Fixtures.page(dir.resolve("site/programme-assistant-ctip-port-vila-2023.html"));
        Document french = Fixtures.page(dir.resolve("site/" + FRENCH + ".html"));
        assertTrue(english.select(".facts dt").eachText().contains("Appointment"), english.select(".facts").text());
        assertTrue(french.select(".facts dt").eachText().contains("Engagement"), french.select(".facts").text());
    }

    @Test
    void aWordingWithoutTranslationIsReportedInTheTranslationAndASiteWordingNeedsNone() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        replace(notices.resolve("_i18n/fr.yaml"), "(?m)^    appointment: Type de nomination\\R", "");
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).html();
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertEquals(1, problems.size(), "site.archiveDescription, on the English list only, needs no French: " + problems);
        assertTrue(problems.get(0).matches("notices/_i18n/fr\\.yaml:\\d+:5: error: no fr text for"
                + " messages\\.facts\\.appointment, which notices/" + FRENCH + "\\.yaml shows .*"), problems.get(0));
    }

    @Test
    void aMessageTheTemplatesDoNotHaveIsAnError() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        replace(notices.resolve("_organization.yaml"), "    appointment: Type of appointment",
                "    appointment: Type of appointment\n    appointmnet: Type");
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).validate();
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("notices/_organization\\.yaml:\\d+:18: error: unknown message"
                + " 'facts\\.appointmnet' in 'messages'.*"), problems.get(0));
    }

    @Test
    void theTemplatesKeptForTheNextBuildReportTheirProblemsAgain() throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        replace(notices.resolve("_organization.yaml"), "    appointment: Type of appointment",
                "    appointment: Type of appointment\n    appointmnet: Type");
        Generator preview = new Generator(Fixtures.request(notices, dir.resolve("site")));
        List<String> first = preview.html().problems().stream().map(Problem::toString).toList();
        assertTrue(first.stream().anyMatch(problem -> problem.contains("unknown message 'facts.appointmnet'")), first.toString());
        Files.writeString(notices.resolve("protection-coordinator-tripoli-2018.yaml"), "\n", StandardOpenOption.APPEND);
        assertEquals(first, preview.html().problems().stream().map(Problem::toString).toList(),
                "a notice saved, the templates kept: the same problems");
    }
}
