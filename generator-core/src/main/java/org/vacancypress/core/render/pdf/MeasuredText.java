package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * openhtmltopdf's text measuring, with the widths of the embedded faces taken from
 * {@link GlyphWidths} rather than measured by PDFBox word by word. Text in a face not lent by
 * {@link Embedded}, or with a character the face lacks, is measured by openhtmltopdf as before,
 * falling back to the next font.
 */
final class MeasuredText extends PdfBoxTextRenderer {

    /** openhtmltopdf's: a width this close above a whole point is rounded down rather than up. */
    private static final float TEXT_MEASURING_DELTA = 0.01f;

    private final Embedded.Lease fonts;

    MeasuredText(Embedded.Lease fonts) {
        this.fonts = fonts;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont face = (PdfBoxFSFont) font;
        FontDescription first = face.getFontDescriptions() == null ? null
                : face.getFontDescriptions().stream().filter(description -> description.getFont() != null).findFirst().orElse(null);
        GlyphWidths widths = first == null ? null : fonts.widths(first.getFont());
        if (widths == null) {
            return super.getWidth(context, font, string);
        }
        float width;
        try {
            width = widths.of(TextRenderer.getEffectivePrintableString(string), first.getFont());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in " + first.getFont().getName(), e);
        }
        if (Float.isNaN(width)) {
            return super.getWidth(context, font, string);
        }
        float result = width / 1000f * face.getSize2D();
        return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }
}
