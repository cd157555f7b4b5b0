package org.vacancypress.core.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The characters the PDF's text font, DejaVu Sans, has a glyph for. The PDF renderer prints
 * any other character as "#", so a notice is warned where it writes one.
 */
final class PrintableCharacters {

    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    private PrintableCharacters() {
    }

    /** Read once, on the first notice with a character outside Latin-1. */
    private static final class Cmap {
        static final CharacterMap LOOKUP = read();

        private static CharacterMap read() {
            try (InputStream in = PrintableCharacters.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("missing resource " + FONT);
                }
                return CharacterMap.of(ByteBuffer.wrap(in.readAllBytes()));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read the PDF font " + FONT, e);
            }
        }
    }

    /**
     * Whether the PDF prints the character as itself. Spaces, controls and invisible format
     * characters draw nothing and are other rules' business; Latin-1 is all in the font.
     */
    static boolean printable(int codePoint) {
        return codePoint < 0x100 || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF
                || Cmap.LOOKUP.hasGlyph(codePoint);
    }
}
