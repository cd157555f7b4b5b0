package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Text a notice may hold that the fonts and lines of a PDF must cope with: code, symbols and
 * emoji, a word longer than the line. One notice holds them all and is rendered once.
 */
class PdfTextTest {

    private static final String NAME = "protection-coordinator-tripoli-2018";
    /** Far wider than a line: every character must still be printed. */
    private static final String LONG_WORD = "x".repeat(3000) + "END";
    private static final String LONG_LINK = "the guide to the online application system, which explains every step of"
            + " the application from the creation of an account to the final submission of the form";

    @TempDir
    static Path dir;
    static Path pdf;
    static BuildResult result;

    @BeforeAll
    static void build() {
        VeraGreenfieldFoundryProvider.initialise();
        String notice = Fixtures.validNotice().replace("  Migration is part of the fabric of Libya.",
                "  Use the `SAP` system to apply.\n\n      reports --monthly\n\n  Read [" + LONG_LINK
                        + "](https://example.org/sign-in?session=0123456789abcdef0123456789abcdef&return=%2Fapply%2Fform)."
                        + "\n\n  " + LONG_WORD + "\n\n  Migration is part of the fabric of Libya.");
        Path folder = Fixtures.folderWith(dir, NAME, notice);
        result = new Generator(Fixtures.request(folder, dir.resolve("site"))).pdf();
        pdf = dir.resolve("site/" + NAME + ".pdf");
    }

    /** Each glyph but spaces, with its text and the font that draws it. */
    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                if (!glyph.getUnicode().isBlank()) {
                    glyphs.add(glyph);
                }
                super.processTextPosition(glyph);
            }
        }.getText(document);
        return glyphs;
    }

    private static String fontOf(List<TextPosition> glyphs, String word) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode()));
        int at = text.indexOf(word);
        assertTrue(at >= 0, "the PDF lacks " + word);
        return glyphs.get(at).getFont().getName();
    }

    @Test
    void codeSpansAndBlocksPrintInTheEmbeddedMonospaceFont() throws Exception {
        assertTrue(result.succeeded(), result.problems().toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<TextPosition> glyphs = glyphs(document);
            assertTrue(fontOf(glyphs, "SAP").contains("DejaVuSansMono"), fontOf(glyphs, "SAP"));
            assertTrue(fontOf(glyphs, "reports--monthly").contains("DejaVuSansMono"));
            assertTrue(fontOf(glyphs, "Usethe").contains("DejaVuSans"));
        }
    }

    /** A link over two lines is one Link element, named by its whole text, with an annotation per line. */
    @Test
    void aLinkOverTwoLinesIsOneNamedLinkWithItsAddressShortened() throws Exception {
        assertTrue(result.succeeded(), result.problems().toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            TaggedReading reading = new TaggedReading(document);
            List<PDStructureElement> links = new ArrayList<>();
            reading.visit(element -> {
                if (element.getStructureType().equals("Link") && reading.textOf(element).contains("online application")) {
                    links.add(element);
                }
            });
            assertEquals(1, links.size(), "one Link element for the link");
            assertEquals(LONG_LINK, links.get(0).getAlternateDescription());
            assertEquals(LONG_LINK, reading.textOf(links.get(0)).replaceAll("\\s+", " ").strip());
            long annotations = links.get(0).getKids().stream().filter(PDObjectReference.class::isInstance).count();
            assertEquals(2, annotations, "the link runs over two lines");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("(example.org/…)"), "the address shortened");
            assertFalse(text.contains("0123456789abcdef"));
        }
    }

    @Test
    void aWordWiderThanTheLineWrapsWhole() throws Exception {
        assertTrue(result.succeeded(), result.problems().toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(PdfTest.text(document).replaceAll("\\s+", "").contains(LONG_WORD), "the long word is cut");
            String lines = new PDFTextStripper().getText(document);
            assertEquals(List.of(), lines.lines().filter(line -> line.length() > 120).toList(), "lines off the page");
        }
    }

    @Test
    void theDocumentStaysPdfUaAndPdfA() throws Exception {
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(List.of(), PdfTest.failedRules(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), PdfTest.failedRules(pdf, PDFAFlavour.PDFA_3_U));
    }
}
