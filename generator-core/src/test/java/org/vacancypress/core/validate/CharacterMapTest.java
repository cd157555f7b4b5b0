package org.vacancypress.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The PDF font's character map as the validator reads it is the map the PDF library reads. */
class CharacterMapTest {

    private static byte[] font(String name) throws IOException {
        try (InputStream in = CharacterMapTest.class.getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyCharacterHasAGlyphExactlyWhenThePdfLibrarySaysSo() throws IOException {
        for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf")) {
            byte[] bytes = font(name);
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            sameGlyphs(name + " as chosen", parsed.getUnicodeCmapLookup(), CharacterMap.of(ByteBuffer.wrap(bytes)));
            // The Basic Multilingual Plane's map too (format 4), which a font without the full repertoire's has alone.
            sameGlyphs(name + " 3/1", parsed.getCmap().getSubtable(3, 1), CharacterMap.of(ByteBuffer.wrap(bytes), 3, 1));
        }
    }

    private static void sameGlyphs(String name, CmapLookup library, CharacterMap read) {
        List<String> differing = new ArrayList<>();
        int covered = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            boolean expected = library.getGlyphId(codePoint) > 0;
            covered += expected ? 1 : 0;
            if (read.hasGlyph(codePoint) != expected) {
                differing.add(Integer.toHexString(codePoint));
            }
        }
        assertEquals(List.of(), differing.subList(0, Math.min(20, differing.size())), name);
        assertTrue(covered > 3000, name + " covers " + covered);
    }

    @Test
    void theValidatorsFontPrintsTypographyAndNotPrivateUse() {
        assertTrue(PrintableCharacters.printable(0x2013), "en dash");
        assertTrue(PrintableCharacters.printable(0x201C), "left double quotation mark");
        assertTrue(PrintableCharacters.printable(0x0410), "Cyrillic A");
        assertFalse(PrintableCharacters.printable(0xE000), "private use");
        assertFalse(PrintableCharacters.printable(0x4E00), "a CJK ideograph DejaVu Sans lacks");
    }

    @Test
    void aFileWithoutACharacterMapIsRefused() {
        ByteBuffer empty = ByteBuffer.wrap(new byte[] {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> CharacterMap.of(empty));
    }
}
