package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages that name the organization contract and elide its name as its language does, for
 * any name: from the name's first sound and the article its data gives, not from a list of names.
 */
class OrganizationNameGrammarTest {

    private static final Path ACF = Path.of("..", "examples", "acf").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** The list page of the French NGO example under another name, language and grammar. */
    private Document listPage(String language, String name, String shortName, String grammar) throws IOException {
        Path folder = Files.createTempDirectory(dir, language);
        Path notices = Files.createDirectories(folder.resolve("notices"));
        try (Stream<Path> files = Files.list(ACF)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, notices.resolve(file.getFileName()));
            }
        }
        Path organization = notices.resolve("_organization.yaml");
        String yaml = Files.readString(organization, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^language: fr$", "language: " + language)
                .replaceFirst("(?m)^name: .*$", "name: " + name)
                .replaceFirst("(?m)^shortName: .*$", "shortName: " + shortName + "\n" + grammar);
        Files.writeString(organization, yaml, StandardCharsets.UTF_8);
        BuildResult result = new Generator(Fixtures.request(notices, folder.resolve("site"))).build();
        assertTrue(result.succeeded(), result.problems().toString());
        return Fixtures.page(folder.resolve("site/index.html"));
    }

    /** The site's name (with the short name) and the list's description (with the full name). */
    private static List<String> names(Document page) {
        return List.of(page.selectFirst(".site-name").text(), page.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void frenchElidesDeBeforeANameBeginningWithAVowel() throws IOException {
        assertEquals(List.of("Offres d’emploi d’ACF", "Postes ouverts d’Action contre la Faim, par date de clôture."),
                names(listPage("fr", "Action contre la Faim", "ACF", "")));
        assertEquals(List.of("Offres d’emploi d’Yves Solidarité", "Postes ouverts d’Écoles du monde, par date de clôture."),
                names(listPage("fr", "Écoles du monde", "Yves Solidarité", "")));
    }

    @Test
    void frenchKeepsDeBeforeAConsonantAnAspiratedHOrAYBeforeAVowel() throws IOException {
        assertEquals(List.of("Offres d’emploi de HI", "Postes ouverts de Handicap International, par date de clôture."),
                names(listPage("fr", "Handicap International", "HI", "")));
        assertEquals(List.of("Offres d’emploi de Yaoundé Santé", "Postes ouverts de Médecins du Monde, par date de clôture."),
                names(listPage("fr", "Médecins du Monde", "Yaoundé Santé", "")));
    }

    @Test
    void theDataSaysWhereTheSpellingMisleads() throws IOException {
        assertEquals(List.of("Offres d’emploi d’HSF", "Postes ouverts d’Hôpitaux sans frontières, par date de clôture."),
                names(listPage("fr", "Hôpitaux sans frontières", "HSF", "elision: true")));
        assertEquals(List.of("Offres d’emploi de ONE", "Postes ouverts de ONE France, par date de clôture."),
                names(listPage("fr", "ONE France", "ONE", "elision: false")));
    }

    @Test
    void frenchArticlesContractWithDeAndElideBeforeAVowel() throws IOException {
        assertEquals(List.of("Offres d’emploi de l’UNICEF", "Postes ouverts du Fonds des Nations Unies pour l’enfance,"
                + " par date de clôture."), names(listPage("fr", "Fonds des Nations Unies pour l’enfance", "UNICEF",
                "article: le")));
        assertEquals(List.of("Offres d’emploi de la FAO", "Postes ouverts de l’Organisation des Nations Unies pour"
                + " l’alimentation et l’agriculture, par date de clôture."), names(listPage("fr",
                "Organisation des Nations Unies pour l’alimentation et l’agriculture", "FAO", "article: la")));
        assertEquals(List.of("Offres d’emploi de l’OIM", "Postes ouverts de l’Organisation internationale pour les"
                + " migrations, par date de clôture."), names(listPage("fr",
                "Organisation internationale pour les migrations", "OIM", "article: l'")));
    }

    @Test
    void spanishContractsDeElIntoDel() throws IOException {
        assertEquals(List.of("Vacantes del PMA", "Vacantes abiertas del Programa Mundial de Alimentos, por fecha de cierre."),
                names(listPage("es", "Programa Mundial de Alimentos", "PMA", "article: el")));
        assertEquals(List.of("Vacantes de Oxfam", "Vacantes abiertas de Oxfam Intermón, por fecha de cierre."),
                names(listPage("es", "Oxfam Intermón", "Oxfam", "")));
    }

    @Test
    void englishGivesTheArticleOnlyToANameThatTakesOne() throws IOException {
        assertEquals(List.of("Oxfam vacancies", "Open vacancies of Oxfam International, soonest closing first."),
                names(listPage("en", "Oxfam International", "Oxfam", "")));
        assertEquals(List.of("WFP vacancies", "Open vacancies of the World Food Programme, soonest closing first."),
                names(listPage("en", "World Food Programme", "WFP", "article: the")));
    }
}
