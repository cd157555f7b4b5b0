package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF renderer reads nothing from outside the template folder and fetches nothing: not what
 * a notice names, not what an overridden template names. A local HTTP server counts requests.
 */
class PdfResourceTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CountingServer server = new CountingServer();
    final String url = server.url();

    private BuildResult buildPdf(Path notices, Path templates) {
        return new Generator(Fixtures.request(notices, dir.resolve("site"), templates)).pdf();
    }

    @Test
    void aNoticeNamingLocalFilesOrUrlsGetsAPdfWithoutThem() throws IOException {
        String hostile = Fixtures.validNotice().replace("  Migration is part of the fabric of Libya.",
                "  ![passwd](file:///etc/passwd) ![remote](" + url + "/image.png) [local](file:///etc/passwd)"
                        + " <img src=\"" + url + "/raw.png\">\n\n  Migration is part of the fabric of Libya.");
        Path notices = Fixtures.folderWith(dir, "hostile", hostile);
        BuildResult result = buildPdf(notices, Files.createDirectories(dir.resolve("templates")));
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(0, server.requests(), "no request was made");
        String text = text(dir.resolve("site/hostile.pdf"));
        assertFalse(text.contains("root:"), "nothing of /etc/passwd");
        assertTrue(text.contains("Migration is part of the fabric of Libya."));
    }

    @Test
    void anOverriddenTemplateCannotLoadFilesOutsideItsFolderNorUrls() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path outside = Files.writeString(dir.resolve("outside.css"), "body { color: red }");
        Files.write(templates.resolve("logo.png"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Files.createDirectories(templates.resolve("sections"));
        Files.writeString(templates.resolve("sections/anti-fraud.ftlh"), String.join("\n",
                "<section><h2 id=\"anti-fraud\">Beware of fraud</h2>",
                "<img src=\"file:///etc/passwd\" alt=\"passwd\"/>",
                "<img src=\"" + url + "/tracker.png\" alt=\"tracker\"/>",
                "<img src=\"" + outside.toUri() + "\" alt=\"outside\"/>",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"data\"/>",
                "<img src=\"logo.png\" alt=\"Organization logo\"/>",
                "<link rel=\"stylesheet\" href=\"" + url + "/style.css\"/>",
                "<style>@import url(\"" + url + "/import.css\");</style>",
                "<p>Fraud statement.</p></section>"));
        BuildResult result = buildPdf(Fixtures.NOTICES, templates);
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(0, server.requests(), "no request was made");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("site/protection-coordinator-tripoli-2018.pdf").toFile())) {
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            // The organization's SVG logo is drawn too, as a form: only the template's PNG is an image.
            assertEquals(1, images, "only the image inside the template folder is drawn");
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return RealNoticesTest.normalized(new PDFTextStripper().getText(document));
        }
    }
}
