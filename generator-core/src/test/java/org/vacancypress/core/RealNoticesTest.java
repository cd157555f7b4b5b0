package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Renders the repository's real notices and reads the pages as a candidate would. */
class RealNoticesTest {

    @TempDir
    static Path work;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        result = new Generator(Fixtures.request(Fixtures.openFolder(work), site)).build();
    }

    static List<String> names() {
        return Fixtures.seedNoticeFiles().stream()
                .map(f -> f.getFileName().toString().replace(".yaml", "")).toList();
    }

    @Test
    void theRealNoticesBuildWithoutAnyProblem() {
        BuildResult real = new Generator(Fixtures.request(Fixtures.NOTICES, work.resolve("real"))).html();
        assertEquals(List.of(), real.problems());
        assertEquals(7, real.noticesPublished(), "the five seeds, one in French and one in Arabic too");
        assertEquals(5, result.noticesPublished());
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySentenceTheSeedSaysAboutThePostIsOnItsPage(String name) throws IOException {
        String text = normalized(Fixtures.page(site.resolve(name + ".html")).body().text());
        Path expected = Path.of("src/test/resources/seed-sentences", name + ".txt");
        List<String> missing = Files.readAllLines(expected).stream()
                .filter(line -> !line.isBlank())
                .filter(sentence -> !text.contains(normalized(sentence)))
                .toList();
        assertEquals(List.of(), missing, "sentences of the seed notice missing from " + name + ".html");
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyPageIsAnAccessibleHtml5Document(String name) {
        Document page = Fixtures.page(site.resolve(name + ".html"));
        assertAll(
                () -> assertEquals("en", page.selectFirst("html").attr("lang")),
                () -> assertEquals(1, page.select("h1").size()),
                () -> assertTrue(page.title().contains(page.selectFirst("h1").text())),
                () -> assertTrue(page.select("link[rel=stylesheet]").stream()
                        .allMatch(link -> Files.exists(site.resolve(link.attr("href"))))),
                () -> assertNoSkippedHeadingLevel(page),
                () -> assertEquals(1, page.select("main#main").size()),
                () -> assertTrue(page.body().select("script").isEmpty()
                        && page.select("script[src]").stream().allMatch(script -> script.hasAttr("defer"))
                        && page.select("script:not([src])").stream()
                                .allMatch(script -> script.attr("type").equals("application/ld+json")),
                        "read before any script runs; scripts only add to it"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyPageCarriesTheBoilerplateFromTheOrganizationData(String name) {
        String text = Fixtures.page(site.resolve(name + ".html")).body().text();
        assertAll(
                () -> assertTrue(text.contains("Established in 1951, IOM is a Related Organization of the United Nations")),
                () -> assertTrue(text.contains("IOM does not charge a fee at any stage of its recruitment process")),
                () -> assertTrue(text.contains("IOM has a zero-tolerance policy")),
                () -> assertTrue(text.contains("Vacancies close at 23:59 local time Geneva, Switzerland")),
                () -> assertTrue(text.contains("Only shortlisted candidates will be contacted.")),
                () -> assertTrue(text.contains("IOM’s official languages are English, French and Spanish. "
                        + "All staff members are required to be fluent in one of the three languages.")));
    }

    @ParameterizedTest
    @MethodSource("names")
    void countsInProseAgreeWithTheListsTheyIntroduce(String name) {
        Document page = Fixtures.page(site.resolve(name + ".html"));
        Element values = page.getElementById("values");
        if (values != null) {
            Element section = values.parent();
            int listed = section.select("ul > li").size();
            String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven"};
            assertTrue(section.text().contains("these " + words[listed] + " values"), section.text());
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void noRenderedListRepeatsAnItem(String name) {
        Document page = Fixtures.page(site.resolve(name + ".html"));
        for (Element list : page.select("ul, ol")) {
            List<String> items = list.children().stream().map(li -> normalized(li.ownText().isEmpty()
                    ? li.text() : li.ownText()).toLowerCase()).toList();
            Set<String> distinct = new HashSet<>(items);
            assertEquals(items.size(), distinct.size(), "repeated item in " + name + ": " + items);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void noPageShowsEncodingDamage(String name) {
        String html = Fixtures.read(site.resolve(name + ".html"));
        for (String damage : List.of("โ", "ย", "Ã", "â€", "\uFFFD", "\u00A0")) {
            assertFalse(html.contains(damage), name + " contains '" + damage + "'");
        }
    }

    @Test
    void noNoticeFileRepeatsABoilerplateSentence() {
        List<String> boilerplate = List.of(
                "Established in 1951",
                "IOM does not charge a fee",
                "zero-tolerance policy",
                "subject to funding confirmation",
                "Only shortlisted candidates",
                "medically fit for appointment",
                "Vacancies close at",
                "official languages are",
                "Proficiency of language(s) required",
                "Accredited Universities",
                "Respects and promotes individual and cultural differences",
                "non-represented member states",
                "first-tier candidates");
        for (Path file : Fixtures.realNoticeFiles()) {
            String yaml = Fixtures.read(file);
            for (String sentence : boilerplate) {
                assertFalse(yaml.contains(sentence), file.getFileName() + " repeats boilerplate: " + sentence);
            }
        }
    }

    @Test
    void theMemberStatesListIsTheOneInForceOnTheOpeningDate() {
        String of2018 = Fixtures.page(site.resolve("protection-coordinator-tripoli-2018.html"))
                .select(".member-states").text();
        String ofAugust2025 = Fixtures.page(site.resolve("protection-programme-officer-coxs-bazar-2025.html"))
                .select(".member-states").text();
        String ofJune2025 = Fixtures.page(site.resolve("protection-officer-policy-capacity-development-libya-2025.html"))
                .select(".member-states").text();
        assertAll(
                () -> assertTrue(of2018.contains("Cuba") && of2018.contains("Czech Republic")),
                () -> assertFalse(ofAugust2025.contains("Cuba")),
                () -> assertTrue(ofAugust2025.contains("Madagascar")),
                () -> assertTrue(ofJune2025.contains("Guinea-Bissau") && !ofJune2025.contains("Madagascar")));
    }

    @ParameterizedTest
    @MethodSource("names")
    void standardNotesFollowTheStaffCategory(String name) {
        Map<String, String> noteOfCategory = Map.of(
                "general-service", "This post is subject to local recruitment.",
                "national-officer", "National Professional Officers should be nationals of the country",
                "international-professional", "Internationally recruited professional staff are required to be mobile.");
        String yaml = Fixtures.read(Fixtures.NOTICES.resolve(name + ".yaml"));
        String notes = Fixtures.page(site.resolve(name + ".html")).getElementById("notes").parent().text();
        for (Map.Entry<String, String> note : noteOfCategory.entrySet()) {
            boolean ofThisCategory = yaml.contains("staffCategory: " + note.getKey() + "\n");
            assertEquals(ofThisCategory, notes.contains(note.getValue()), name + ": " + note.getValue());
        }
    }

    @Test
    void managerialCompetenciesOnlyForPostsWithDirectReports() {
        assertTrue(Fixtures.page(site.resolve("protection-coordinator-tripoli-2018.html")).text()
                .contains("Behavioural competencies"));
        assertTrue(Fixtures.page(site.resolve("national-protection-officer-avm-tripoli-2025.html")).text()
                .contains("Managerial competencies – behavioural indicators, level 2"));
        assertFalse(Fixtures.page(site.resolve("programme-assistant-ctip-port-vila-2023.html")).text()
                .contains("Managerial competencies"));
        assertTrue(Fixtures.page(site.resolve("programme-assistant-ctip-port-vila-2023.html")).text()
                .contains("Core competencies – behavioural indicators, level 1"));
    }

    @Test
    void theIndexListsEveryNoticeSoonestClosingFirstWithWorkingLinks() {
        Document index = Fixtures.page(site.resolve("index.html"));
        List<Element> entries = index.select(".vacancies > li");
        assertEquals(5, entries.size());
        List<String> closing = new ArrayList<>();
        for (Element entry : entries) {
            String href = entry.selectFirst("h2 a").attr("href");
            assertTrue(Files.exists(site.resolve(href)), href);
            assertTrue(entry.text().contains("Grade"));
            closing.add(entry.selectFirst("time").attr("datetime"));
        }
        assertEquals(closing.stream().sorted().toList(), closing);
        assertTrue(index.text().contains("5 open vacancies, soonest closing first."));
    }

    @Test
    void theSameInputsGiveByteIdenticalOutput() throws IOException {
        Path again = work.resolve("again");
        new Generator(Fixtures.request(work.resolve("notices"), again)).build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).map(site::relativize).sorted().toList();
        }
        assertEquals(5, files.stream().filter(file -> file.toString().endsWith(".pdf")).count());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(again.resolve(file)),
                    file.toString());
        }
    }

    private static void assertNoSkippedHeadingLevel(Document page) {
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, "heading level skipped at: " + heading.text());
            previous = level;
        }
    }

    static String normalized(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
