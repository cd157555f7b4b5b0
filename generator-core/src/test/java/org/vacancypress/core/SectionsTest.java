package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;

/**
 * The organization declares its notice's sections in {@code _organization.yaml}: their order,
 * their templates, which notices have them; a notice leaves out an optional one and words a
 * generated sentence itself.
 */
class SectionsTest {

    private static final String NOTICE = "protection-coordinator-tripoli-2018";

    @TempDir
    Path dir;

    private static List<String> sectionIds(Document page) {
        return page.select("article.notice > section > h2").eachAttr("id");
    }

    private BuildResult build(Path folder) {
        return new Generator(Fixtures.request(folder, dir.resolve("site"))).html();
    }

    private Document page() {
        return Fixtures.page(dir.resolve("site/" + NOTICE + ".html"));
    }

    @Test
    void theSectionsAreThoseTheOrganizationDeclaresInItsOrder() throws IOException {
        BuildResult result = build(Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice()));
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(List.of("context", "responsibilities", "qualifications", "introduction", "eligibility",
                "competencies", "notes", "anti-fraud"), sectionIds(page()), "closed: no way to apply on the page");

        Path folder = dir.resolve("notices");
        rewriteOrganization(folder, text -> text.replaceFirst("(?m)^  - id: introduction\n", "")
                .replace("  - id: context\n", "  - id: introduction\n  - id: context\n"));
        assertTrue(build(folder).succeeded());
        assertEquals(List.of("introduction", "context", "responsibilities", "qualifications", "eligibility",
                "competencies", "notes", "anti-fraud"), sectionIds(page()), "the declaration's order");
    }

    @Test
    void aSectionWithWhenIsOnlyOnTheNoticesItMatches() throws IOException {
        Path folder = Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice());
        rewriteOrganization(folder, text -> text.replace("  - id: anti-fraud\n",
                "  - id: anti-fraud\n    when:\n      opensFrom: 2019-01-01\n"));
        assertTrue(build(folder).succeeded());
        assertFalse(sectionIds(page()).contains("anti-fraud"), "the 2018 notice opened before");
        assertFalse(page().text().contains("IOM does not charge a fee"));

        rewriteOrganization(folder, text -> text.replace("      opensFrom: 2019-01-01\n",
                "      staffCategory: [international-professional]\n"));
        assertTrue(build(folder).succeeded());
        assertTrue(sectionIds(page()).contains("anti-fraud"), "a P-4 post");
    }

    @Test
    void aNoticeLeavesOutAnOptionalSection() throws IOException {
        BuildResult result = build(Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice()
                .replace("\nlanguages:\n", "\nomit: [eligibility]\nlanguages:\n")));
        assertTrue(result.succeeded(), result.problems().toString());
        assertFalse(sectionIds(page()).contains("eligibility"));
        assertFalse(page().text().contains("first-tier candidates"));
        assertTrue(sectionIds(page()).contains("qualifications"));
    }

    @Test
    void aNoticeCannotLeaveOutASectionNotMarkedOptionalNorOneNotDeclared() {
        BuildResult result = build(Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice()
                .replace("\nlanguages:\n", "\nomit:\n  - context\n  - eligibilty\nlanguages:\n")));
        assertFalse(result.succeeded());
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.matches(".*" + NOTICE + "\\.yaml:\\d+:5: error: the section"
                + " 'context' cannot be left out: _organization\\.yaml does not mark it optional")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.matches(".*" + NOTICE + "\\.yaml:\\d+:5: error: unknown section"
                + " 'eligibilty' \\(did you mean 'eligibility'\\?\\).*")), problems.toString());
        assertFalse(Files.exists(dir.resolve("site")), "nothing is published");
    }

    @Test
    void aNoticeWordsAGeneratedSentenceAsItWasPublished() throws IOException {
        BuildResult result = build(Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice()));
        assertTrue(result.succeeded(), result.problems().toString());
        Element languages = page().getElementById("qualifications").parent();
        assertTrue(languages.text().contains("Fluency in English is required. Working knowledge of Arabic is an"
                + " advantage."), languages.text());
        assertFalse(languages.text().contains("(oral and written)"), "the generated sentence is replaced");
        assertTrue(languages.text().contains("All staff members are required to be fluent"), "the other stays");
    }

    @Test
    void aNoticeCanWordOnlyTheSentencesItsSectionsOffer() {
        BuildResult result = build(Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice()
                .replace("\nwording:\n", "\nwording:\n  langauges: Arabic.\n")));
        assertFalse(result.succeeded());
        String problem = result.problems().get(0).toString();
        assertTrue(problem.matches(".*" + NOTICE + "\\.yaml:\\d+:\\d+: error: unknown sentence 'langauges' \\(did you"
                + " mean 'languages'\\?\\); this notice's sections let a notice word these: officialLanguages,"
                + " languages"), problem);
    }

    @Test
    void anOrganizationsOwnSectionTemplateIsRendered() throws IOException {
        Path folder = Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice());
        rewriteOrganization(folder, text -> text.replace("  - id: notes\n",
                "  - id: notes\n  - id: security\n    template: own/security.ftlh\n"));
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("own"));
        Files.writeString(templates.resolve("own/security.ftlh"), "<section aria-labelledby=\"security\">"
                + "<h2 id=\"security\">Security</h2><p>${n.city} is a non-family duty station.</p></section>\n");
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("site"), templates)).html();
        assertTrue(result.succeeded(), result.problems().toString());
        List<String> ids = sectionIds(page());
        assertEquals(ids.indexOf("notes") + 1, ids.indexOf("security"), ids.toString());
        assertTrue(page().getElementById("security").parent().text().contains("Tripoli is a non-family duty station."));
    }

    @Test
    void twoSectionsWithOneIdAreRefused() throws IOException {
        Path folder = Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice());
        rewriteOrganization(folder, text -> text.replace("  - id: notes\n", "  - id: notes\n  - id: notes\n"));
        BuildResult result = build(folder);
        assertFalse(result.succeeded());
        assertTrue(result.problems().get(0).toString().matches("notices/_organization\\.yaml:\\d+:\\d+: error: another"
                + " section has the id 'notes'; give each section its own, a notice's omit names sections by it"),
                result.problems().toString());
    }

    private static void rewriteOrganization(Path folder, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Path file = folder.resolve("_organization.yaml");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the change applies");
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }
}
