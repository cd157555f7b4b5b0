package org.vacancypress.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.render.site.Logo;

/** A generator's builds share one PDF renderer while what it was made from stays the same, and only then. */
class KeptPdfRendererTest {

    @TempDir
    Path dir;

    private static Optional<Logo> logo(String colour) {
        return Optional.of(Logo.of("_data/logo.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/></svg>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameFolderAndLogoGiveTheSameRendererAndAChangedLogoANewOne() throws Exception {
        KeptPdfRenderer kept = new KeptPdfRenderer(Optional.empty());
        PdfRenderer first = kept.of(Optional.empty(), logo("#0b4f8a"));
        assertSame(first, kept.of(Optional.empty(), logo("#0b4f8a")), "an equal logo read again");
        PdfRenderer recoloured = kept.of(Optional.empty(), logo("#ff0000"));
        assertNotSame(first, recoloured, "the logo's file changed");
        assertNotSame(recoloured, kept.of(Optional.of(Path.of("templates")), logo("#ff0000")), "another template folder");
        assertNotSame(first, kept.of(Optional.empty(), Optional.empty()), "no logo any more");
    }

    @Test
    void aRendererMadeEarlyIsTakenOnlyWithTheLogoTheBuildRead() throws Exception {
        KeptPdfRenderer kept = new KeptPdfRenderer(Optional.empty());
        kept.makeEarly(Optional.empty(), () -> logo("#0000ff"), Optional.empty());
        PdfRenderer early = kept.of(Optional.empty(), logo("#0000ff"));
        kept.makeEarly(Optional.empty(), () -> logo("#0000ff"), Optional.empty());
        assertSame(early, kept.of(Optional.empty(), logo("#0000ff")), "made early once, then kept");

        KeptPdfRenderer changed = new KeptPdfRenderer(Optional.empty());
        changed.makeEarly(Optional.empty(), () -> logo("#0000ff"), Optional.empty());
        byte[] pdf = changed.of(Optional.empty(), logo("#ff0000")).render(pageWithLogo(), LocalDate.of(2026, 9, 1));
        assertTrue(logoPaints(pdf, "1 0 0"), "the logo as the build read it: red");
        assertFalse(logoPaints(pdf, "0 0 1"), "not as it was read when the renderer was made early");
    }

    @Test
    void aRendererThatCouldNotBeMadeEarlyIsMadeForTheBuild() throws Exception {
        KeptPdfRenderer kept = new KeptPdfRenderer(Optional.empty());
        kept.makeEarly(Optional.empty(), () -> {
            throw new IllegalStateException("the logo cannot be read now");
        }, Optional.empty());
        byte[] pdf = kept.of(Optional.empty(), logo("#ff0000")).render(pageWithLogo(), LocalDate.of(2026, 9, 1));
        assertTrue(logoPaints(pdf, "1 0 0"));
    }

    @Test
    void anSvgLogosDrawingKeptBesideTheSiteIsTakenByTheNextRendererMadeFromTheSameInputs() throws Exception {
        Path file = dir.resolve(".site.logo");
        KeptPdfRenderer first = new KeptPdfRenderer(Optional.of(file));
        first.makeEarly(Optional.empty(), () -> logo("#0000ff"), Optional.of("inputs 1"));
        first.of(Optional.empty(), logo("#0000ff"));
        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("vacancy-press logo drawing 1\n"));

        // A red drawing kept under the blue logo's key: a renderer that prints red took the kept drawing.
        KeptLogoDrawing kept = new KeptLogoDrawing(Optional.of(file));
        byte[] red = new PdfRenderer(Optional.empty(), logo("#ff0000")).logoDrawing().orElseThrow();
        kept.write(KeptLogoDrawing.key("inputs 1", Optional.empty(), logo("#0000ff").orElseThrow()), red);
        assertTrue(logoPaints(printed(file, "inputs 1"), "1 0 0"), "the kept drawing is taken, not drawn again");
        assertTrue(logoPaints(printed(file, "inputs 2"), "0 0 1"), "other shared inputs (the generator, the JDK) draw again");
        assertTrue(logoPaints(printed(file, "inputs 2"), "0 0 1"), "and keep their drawing");

        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length - 20] ^= 1;
        Files.write(file, damaged);
        assertTrue(kept.read(KeptLogoDrawing.key("inputs 2", Optional.empty(), logo("#0000ff").orElseThrow())).isEmpty(),
                "a drawing whose checksum fails is none");
        Files.writeString(file, "vacancy-press logo drawing 1\n");
        assertTrue(logoPaints(printed(file, "inputs 2"), "0 0 1"), "a file cut short is none");
    }

    /** A page with the blue logo, rendered by a new generator's renderer (as in a new JVM) for a build of {@code inputs}. */
    private static byte[] printed(Path drawingFile, String inputs) throws IOException {
        KeptPdfRenderer kept = new KeptPdfRenderer(Optional.of(drawingFile));
        kept.makeEarly(Optional.empty(), () -> logo("#0000ff"), Optional.of(inputs));
        return kept.of(Optional.empty(), logo("#0000ff")).render(pageWithLogo(), LocalDate.of(2026, 9, 1));
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
