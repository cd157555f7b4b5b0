package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * openhtmltopdf's text measuring and drawing, with the widths of the embedded faces taken from
 * {@link GlyphWidths} rather than measured by PDFBox word by word. Text in a face not lent by
 * {@link Embedded}, or with a character the face lacks, is measured and drawn by openhtmltopdf
 * as before, falling back to the next font.
 */
final class MeasuredText extends PdfBoxTextRenderer {

    /** openhtmltopdf's: a width this close above a whole point is rounded down rather than up. */
    private static final float TEXT_MEASURING_DELTA = 0.01f;
    private static final char SOFT_HYPHEN = '\u00AD';
    private static final char OBJECT_REPLACEMENT = '\uFFFC';

    private final Embedded.Lease fonts;
    private final SharedContext context;
    /** The font each style's font specification resolves to; used by the document's thread alone. */
    private final Map<FontSpecification, PdfBoxFSFont> resolved = new IdentityHashMap<>();

    MeasuredText(Embedded.Lease fonts, SharedContext context) {
        this.fonts = fonts;
        this.context = context;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont face = (PdfBoxFSFont) font;
        FontDescription first = firstLoaded(face);
        float width = first == null ? Float.NaN : width(first, printable(string));
        if (Float.isNaN(width)) {
            return super.getWidth(context, font, string);
        }
        float result = width / 1000f * face.getSize2D();
        return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    /**
     * The text as openhtmltopdf prints it ({@code TextRenderer.getEffectivePrintableString}):
     * without soft hyphens and object replacement characters. Its stream over the code points
     * was a fortieth of a PDF with C1; both characters are in the Basic Multilingual Plane, so
     * the text's chars can be searched.
     */
    static String printable(String text) {
        if (text == null || text.indexOf(SOFT_HYPHEN) < 0 && text.indexOf(OBJECT_REPLACEMENT) < 0) {
            return text;
        }
        StringBuilder printed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != SOFT_HYPHEN && c != OBJECT_REPLACEMENT) {
                printed.append(c);
            }
        }
        return printed.toString();
    }

    /** The first of the font's faces that loads, as openhtmltopdf measures with; a loop, where a stream was a fortieth of a PDF with C1. */
    private static FontDescription firstLoaded(PdfBoxFSFont font) {
        if (font.getFontDescriptions() != null) {
            for (FontDescription description : font.getFontDescriptions()) {
                if (description.getFont() != null) {
                    return description;
                }
            }
        }
        return null;
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y) {
        drawString(outputDevice, string, x, y, null);
    }

    /**
     * openhtmltopdf measures the whole text in the first font before drawing it, only to learn
     * whether that font has every glyph; the kept widths tell at once. The font is the one the
     * output device was given: openhtmltopdf sets the device's font specification with it before
     * every text it draws.
     */
    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y, JustificationInfo info) {
        if (outputDevice instanceof AbstractOutputDevice device && outputDevice instanceof PdfBoxOutputDevice pdf
                && device.getFontSpecification() != null) {
            PdfBoxFSFont font = resolved.computeIfAbsent(device.getFontSpecification(), spec -> (PdfBoxFSFont) context.getFont(spec));
            String text = printable(string);
            if (!font.getFontDescriptions().isEmpty() && !Float.isNaN(width(font.getFontDescriptions().get(0), text))) {
                pdf.drawStringFast(text, x, y, info, font.getFontDescriptions().get(0), font.getSize2D());
                return;
            }
        }
        super.drawString(outputDevice, string, x, y, info);
    }

    /** The width of the text in the font, in thousandths of its size; NaN when not known from {@link GlyphWidths}. */
    private float width(FontDescription description, String text) {
        GlyphWidths widths = description.getFont() == null ? null : fonts.widths(description.getFont());
        if (widths == null) {
            return Float.NaN;
        }
        try {
            return widths.of(text, description.getFont());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in " + description.getFont().getName(), e);
        }
    }
}
