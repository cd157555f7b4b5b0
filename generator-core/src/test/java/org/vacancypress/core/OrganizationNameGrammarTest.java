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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The list page's site name (with the short name) and description (with the full name), for
     * each organization's language, name, short name and grammar data.
     */
    @ParameterizedTest(name = "{1} ({0})")
    @CsvSource(delimiter = ';', textBlock = """
            # French elides "de" before a vowel, an accented one, a y before a consonant
            fr; Action contre la Faim; ACF; ; Offres d’emploi d’ACF; Postes ouverts d’Action contre la Faim, par date de clôture.
            fr; Écoles du monde; Yves Solidarité; ; Offres d’emploi d’Yves Solidarité; Postes ouverts d’Écoles du monde, par date de clôture.
            # and not before a consonant, an (aspirated) h, or a y before a vowel
            fr; Handicap International; HI; ; Offres d’emploi de HI; Postes ouverts de Handicap International, par date de clôture.
            fr; Médecins du Monde; Yaoundé Santé; ; Offres d’emploi de Yaoundé Santé; Postes ouverts de Médecins du Monde, par date de clôture.
            # the data says where the spelling misleads: a mute h, a vowel letter sounded as a consonant
            fr; Hôpitaux sans frontières; HSF; elision: true; Offres d’emploi d’HSF; Postes ouverts d’Hôpitaux sans frontières, par date de clôture.
            fr; ONE France; ONE; elision: false; Offres d’emploi de ONE; Postes ouverts de ONE France, par date de clôture.
            # French articles contract with "de" and elide before a vowel
            fr; Fonds des Nations Unies pour l’enfance; UNICEF; article: le; Offres d’emploi de l’UNICEF; Postes ouverts du Fonds des Nations Unies pour l’enfance, par date de clôture.
            fr; Organisation des Nations Unies pour l’alimentation; FAO; article: la; Offres d’emploi de la FAO; Postes ouverts de l’Organisation des Nations Unies pour l’alimentation, par date de clôture.
            fr; Organisation internationale pour les migrations; OIM; article: l'; Offres d’emploi de l’OIM; Postes ouverts de l’Organisation internationale pour les migrations, par date de clôture.
            # Spanish contracts "de el" into "del"
            es; Programa Mundial de Alimentos; PMA; article: el; Vacantes del PMA; Vacantes abiertas del Programa Mundial de Alimentos, por fecha de cierre.
            es; Oxfam Intermón; Oxfam; ; Vacantes de Oxfam; Vacantes abiertas de Oxfam Intermón, por fecha de cierre.
            # English gives "the" only to a name whose data says so
            en; Oxfam International; Oxfam; ; Oxfam vacancies; Open vacancies of Oxfam International, soonest closing first.
            en; World Food Programme; WFP; article: the; WFP vacancies; Open vacancies of the World Food Programme, soonest closing first.
            """)
    void theNameIsContractedAndElidedAsItsLanguageWritesIt(String language, String name, String shortName,
            String grammar, String siteName, String description) throws IOException {
        Document page = listPage(language, name, shortName, grammar == null ? "" : grammar);
        assertEquals(List.of(siteName, description), List.of(page.selectFirst(".site-name").text(),
                page.selectFirst("meta[name=description]").attr("content")));
    }
}
