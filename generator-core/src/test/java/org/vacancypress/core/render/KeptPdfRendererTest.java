package org.vacancypress.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.render.site.Logo;

/** A generator's builds share one PDF renderer while what it was made from stays the same, and only then. */
class KeptPdfRendererTest {

    private static Optional<Logo> logo(String colour) {
        return Optional.of(Logo.of("_data/logo.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/></svg>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameFolderAndLogoGiveTheSameRendererAndAChangedLogoANewOne() throws Exception {
        KeptPdfRenderer kept = new KeptPdfRenderer();
        PdfRenderer first = kept.of(Optional.empty(), logo("#0b4f8a"));
        assertSame(first, kept.of(Optional.empty(), logo("#0b4f8a")), "an equal logo read again");
        PdfRenderer recoloured = kept.of(Optional.empty(), logo("#ff0000"));
        assertNotSame(first, recoloured, "the logo's file changed");
        assertNotSame(recoloured, kept.of(Optional.of(Path.of("templates")), logo("#ff0000")), "another template folder");
        assertNotSame(first, kept.of(Optional.empty(), Optional.empty()), "no logo any more");
    }

    @Test
    void aRendererMadeEarlyIsTakenOnlyWithTheLogoTheBuildRead() throws Exception {
        KeptPdfRenderer kept = new KeptPdfRenderer();
        kept.makeEarly(Optional.empty(), () -> logo("#0000ff"));
        PdfRenderer early = kept.of(Optional.empty(), logo("#0000ff"));
        kept.makeEarly(Optional.empty(), () -> logo("#0000ff"));
        assertSame(early, kept.of(Optional.empty(), logo("#0000ff")), "made early once, then kept");

        KeptPdfRenderer changed = new KeptPdfRenderer();
        changed.makeEarly(Optional.empty(), () -> logo("#0000ff"));
        byte[] pdf = changed.of(Optional.empty(), logo("#ff0000")).render(pageWithLogo(), LocalDate.of(2026, 9, 1));
        assertTrue(logoPaints(pdf, "1 0 0"), "the logo as the build read it: red");
        assertFalse(logoPaints(pdf, "0 0 1"), "not as it was read when the renderer was made early");
    }

    @Test
    void aRendererThatCouldNotBeMadeEarlyIsMadeForTheBuild() throws Exception {
        KeptPdfRenderer kept = new KeptPdfRenderer();
        kept.makeEarly(Optional.empty(), () -> {
            throw new IllegalStateException("the logo cannot be read now");
        });
        byte[] pdf = kept.of(Optional.empty(), logo("#ff0000")).render(pageWithLogo(), LocalDate.of(2026, 9, 1));
        assertTrue(logoPaints(pdf, "1 0 0"));
    }

    private static String pageWithLogo() {
        return "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>Logo</title>"
                + "<meta name=\"subject\" content=\"A page with a logo\"></head><body><main><h1>Logo</h1>"
                + "<img src=\"" + logo("#000000").orElseThrow().printAddress() + "\" alt=\"Logo\"></main></body></html>";
    }

    /** Whether a form the first page draws (the logo) sets the fill colour to {@code rgb}. */
    private static boolean logoPaints(byte[] pdf, String rgb) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return formsPaint(document.getPage(0).getResources(), rgb);
        }
    }

    private static boolean formsPaint(PDResources resources, String rgb) throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                try (InputStream content = form.getContents()) {
                    String operators = new String(content.readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (operators.contains(rgb + " rg") || operators.contains(rgb + " sc")
                            || form.getResources() != null && formsPaint(form.getResources(), rgb)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
