package org.vacancypress.core.render.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The advance width of each character in one face, as PDFBox measures it, kept for every
 * document that prints with the face. Measuring text was a fifth of a PDF's time: PDFBox encodes
 * every measured word to glyph codes and decodes them again to find each glyph's width, and the
 * layout measures each word several times.
 *
 * <p>PDFBox's width of a string in a face embedded as a Type 0 font (two bytes a glyph) is the
 * float sum, in order, of its characters' widths; {@link #of} sums the same widths in the same
 * order, so it gives the same float. The widths of a character are read from the first document
 * that measures it; every document embeds the face from the same bytes, so they are the same.
 * Shared by the threads rendering at once: a width is written whole, and every thread would
 * write the same one.
 */
final class GlyphWidths {

    /** A width no character has: the face has no glyph for it. */
    private static final float MISSING = Float.NEGATIVE_INFINITY;
    private static final int PAGE_BITS = 8;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int PAGES = (Character.MAX_CODE_POINT + 1) >> PAGE_BITS;

    /** Widths by code point, a page of {@value #PAGE} made when one of its characters is first measured; NaN: not yet measured. */
    private final AtomicReferenceArray<float[]> pages = new AtomicReferenceArray<>(PAGES);

    /**
     * The width of the text in thousandths of the font size, as {@link PDFont#getStringWidth}
     * gives it, or NaN when the face has no glyph for one of its characters (where PDFBox throws).
     *
     * @param font this face as the document embeds it, which measures a character met for the first time
     */
    float of(String text, PDFont font) throws IOException {
        float width = 0;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            float glyph = width(codePoint, font);
            if (glyph == MISSING) {
                return Float.NaN;
            }
            width += glyph;
            offset += Character.charCount(codePoint);
        }
        return width;
    }

    private float width(int codePoint, PDFont font) throws IOException {
        float[] page = pages.get(codePoint >> PAGE_BITS);
        if (page == null) {
            float[] unmeasured = new float[PAGE];
            Arrays.fill(unmeasured, Float.NaN);
            pages.compareAndSet(codePoint >> PAGE_BITS, null, unmeasured);
            page = pages.get(codePoint >> PAGE_BITS);
        }
        float width = page[codePoint & (PAGE - 1)];
        if (Float.isNaN(width)) {
            try {
                width = font.getStringWidth(Character.toString(codePoint));
            } catch (IllegalArgumentException noGlyph) {
                width = MISSING;
            }
            page[codePoint & (PAGE - 1)] = width;
        }
        return width;
    }
}
