package org.vacancypress.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kept widths measure every line of the real notices as PDFBox does, to the bit. */
class GlyphWidthsTest {

    private static final Path NOTICES = Path.of("..", "notices").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansMono.ttf"})
    void everyLineOfTheRealNoticesMeasuresAsPdfBoxMeasuresIt(String file) throws IOException {
        List<String> lines = realNoticeLines();
        GlyphWidths widths = new GlyphWidths();
        try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
            // One document's font measures what another's measured first, as documents share a face's widths.
            PDFont pdfBox = PDType0Font.load(first, face(file), true);
            PDFont kept = PDType0Font.load(second, face(file), true);
            int missing = 0;
            for (String line : lines) {
                float width = widths.of(line, kept);
                if (Float.isNaN(width)) {
                    missing++;
                    assertThrows(IllegalArgumentException.class, () -> pdfBox.getStringWidth(line), line);
                } else {
                    assertEquals(Float.floatToIntBits(pdfBox.getStringWidth(line)), Float.floatToIntBits(width), line);
                }
            }
            assertTrue(lines.size() > 500 && missing < lines.size() / 2, lines.size() + " lines, " + missing + " with a missing glyph");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"主任 Officer", "Officer 主任", "𝐎fficer"})
    void aCharacterTheFaceLacksLeavesTheTextToPdfBoxAndItsFallbackFonts(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, face("DejaVuSans.ttf"), true);
            GlyphWidths widths = new GlyphWidths();
            assertTrue(widths.of("Officer", font) > 0);
            assertThrows(IllegalArgumentException.class, () -> font.getStringWidth(text));
            assertTrue(Float.isNaN(widths.of(text, font)));
            assertTrue(Float.isNaN(widths.of(text, font)), "a missing glyph, once measured, is missing again");
        }
    }

    static List<String> realNoticeLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(NOTICES)) {
            for (Path notice : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                Files.readAllLines(notice).stream().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
            }
        }
        return lines;
    }

    private static TrueTypeFont face(String file) throws IOException {
        try (InputStream in = GlyphWidthsTest.class.getClassLoader().getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + file)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(Embedded.withoutLigatures(in.readAllBytes())));
        }
    }
}
