package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * French and Spanish messages put the organization's name after "de", "à" or "en": they
 * contract it with the article its data gives, and agree with its number of official languages.
 */
class OrganizationNameTest {

    private static final String FRENCH = "programme-assistant-ctip-port-vila-2023-fr";

    @TempDir
    Path dir;

    /** The real notices with the French translation changed by {@code change}; the French page's text. */
    private String frenchPage(java.util.function.UnaryOperator<String> change) throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        Path french = notices.resolve("_i18n/fr.yaml");
        String before = Files.readString(french, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the change applies");
        Files.writeString(french, after, StandardCharsets.UTF_8);
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))
                .withToday(LocalDate.of(2023, 3, 10))).html();
        assertTrue(result.succeeded(), result.problems().toString());
        // French typography puts a no-break space before the colon.
        return Fixtures.page(dir.resolve("site/" + FRENCH + ".html")).text().replaceAll("[\u00a0\u202f]", " ");
    }

    @Test
    void aNameWithoutArticleIsNotElided() throws IOException {
        String text = frenchPage(yaml -> yaml.replace("shortName: OIM\n", "shortName: COTA\n")
                .replaceFirst("(?m)^article: .*\\n", "")
                .replace("officialLanguages: [anglais, espagnol, français]", "officialLanguages: [français]"));
        assertTrue(text.contains("Offres d’emploi de COTA"));
        assertTrue(text.contains("Toutes les carrières à COTA"));
        assertTrue(text.contains("La langue officielle de COTA est la suivante : français. Tous les membres du"
                + " personnel doivent la maîtriser."));
        assertFalse(text.contains("l’COTA"), "no elision before a name without article");
        assertFalse(text.contains("ces une langues"), "no plural for one language");
    }

    @Test
    void aMasculineNameContracts() throws IOException {
        String text = frenchPage(yaml -> yaml.replace("shortName: OIM\n", "shortName: HCR\n")
                .replaceFirst("(?m)^article: .*$", "article: le"));
        assertTrue(text.contains("Offres d’emploi du HCR"));
        assertTrue(text.contains("Toutes les carrières au HCR"));
        assertTrue(text.contains("Les langues officielles du HCR sont les suivantes"));
    }
}
