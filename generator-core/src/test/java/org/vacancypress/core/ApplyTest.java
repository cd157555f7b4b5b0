package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidates apply the way the organization or the notice says: a form, an e-mail, or written instructions. */
class ApplyTest {

    private static final String NOTICE = "protection-coordinator-tripoli-2018";

    @TempDir
    Path dir;

    /** The 2018 notice, still open on the tests' day. */
    private static String openNotice() {
        return Fixtures.validNotice().replaceFirst("(?m)^  closes: .*$", "  closes: 2026-11-27")
                .replaceFirst("(?m)^applyUrl: .*\n", "");
    }

    private Element button(Path folder) {
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("site"))).html();
        assertTrue(result.succeeded(), result.problems().toString());
        return Fixtures.page(dir.resolve("site/" + NOTICE + ".html")).selectFirst("p.apply a");
    }

    @Test
    void byDefaultTheButtonOpensTheApplicationSystem() {
        Element button = button(Fixtures.folderWith(dir, NOTICE, openNotice()));
        assertTrue(button.attr("href").startsWith("https://recruit.iom.int/"), button.attr("href"));
        assertEquals("Apply by 27 November 2026", button.ownText());
    }

    @Test
    void aNoticeTakingApplicationsByEmailWritesOneWithItsReferenceAsSubject() throws IOException {
        Element button = button(Fixtures.folderWith(dir, NOTICE, openNotice()
                .replaceFirst("(?m)^title:", "applyEmail: jobs.tripoli@example.org\ntitle:")));
        assertEquals("mailto:jobs.tripoli@example.org?subject=VN%202018%2F195%20%28P%29", button.attr("href"));
        assertEquals("Apply by e-mail by 27 November 2026", button.ownText());
        String jobs = Files.readString(dir.resolve("site/jobs.json"), StandardCharsets.UTF_8);
        assertTrue(jobs.contains("\"applyUrl\":\"mailto:jobs.tripoli@example.org?subject=VN%202018%2F195%20%28P%29\""),
                jobs);
    }

    @Test
    void anOrganizationWithoutApplicationSystemPointsToItsInstructions() throws IOException {
        Path folder = Fixtures.folderWith(dir, NOTICE, openNotice());
        Path organization = folder.resolve("_organization.yaml");
        String text = Files.readString(organization, StandardCharsets.UTF_8);
        String without = text.replaceFirst("(?m)^applicationSystem:\n(  .*\n)+", "");
        assertFalse(text.equals(without));
        Files.writeString(organization, without, StandardCharsets.UTF_8);
        Element button = button(folder);
        assertEquals("#how-to-apply", button.attr("href"));
        assertEquals("How to apply", button.text());
        assertTrue(Fixtures.page(dir.resolve("site/" + NOTICE + ".html")).getElementById("how-to-apply") != null);
        assertFalse(Files.readString(dir.resolve("site/jobs.json")).contains("applyUrl"), "no address to give");
    }

    @Test
    void aMailtoApplyUrlOrABadAddressIsRefusedWithTheFix() {
        BuildResult mailto = new Generator(Fixtures.request(Fixtures.folderWith(dir, NOTICE, openNotice()
                .replaceFirst("(?m)^title:", "applyUrl: mailto:jobs@example.org\ntitle:")), dir.resolve("site"))).html();
        assertTrue(mailto.problems().get(0).toString().matches(".*" + NOTICE + "\\.yaml:\\d+:11: error: 'applyUrl' must"
                + " be an http or https address, found 'mailto:jobs@example.org'; give the full address of this"
                + " post's application form, or the e-mail address as applyEmail"), mailto.problems().toString());
        BuildResult bad = new Generator(Fixtures.request(Fixtures.folderWith(dir, NOTICE, openNotice()
                .replaceFirst("(?m)^title:", "applyEmail: Jobs <jobs@example.org>\ntitle:")), dir.resolve("site"))).html();
        assertTrue(bad.problems().get(0).toString().matches(".*" + NOTICE + "\\.yaml:\\d+:13: error: 'applyEmail' must"
                + " be an e-mail address such as jobs@example.org, found 'Jobs <jobs@example.org>'"),
                bad.problems().toString());
    }
}
