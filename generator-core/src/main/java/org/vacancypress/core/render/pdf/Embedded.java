package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.vacancypress.core.render.html.PageRenderer;

/**
 * What every PDF embeds, read once and shared by every document: the DejaVu faces and the sRGB
 * colour profile. Nothing depends on the fonts installed on the machine.
 */
final class Embedded {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    /**
     * Text is printed in DejaVu Sans, code in DejaVu Sans Mono. The generic names are given the
     * DejaVu faces too, so a template's {@code monospace} (the default style of {@code code} and
     * {@code pre}) or {@code serif} (of a box given no family) finds a font instead of failing.
     * openhtmltopdf looks the generic families up by Java's logical font names, Batik (an SVG's
     * text) by CSS's.
     */
    private static final Families SANS = new Families(List.of("DejaVu Sans", "SansSerif"),
            List.of("DejaVu Sans", "sans-serif", "system-ui"));
    private static final Families MONOSPACE = new Families(List.of("DejaVu Sans Mono", "Monospaced"),
            List.of("DejaVu Sans Mono", "monospace"));
    private static final Families SERIF = new Families(List.of("DejaVu Serif", "Serif"), List.of("DejaVu Serif", "serif"));
    private static final int TABLE_COUNT = 4;
    private static final int TABLE_RECORDS = 12;
    private static final int TABLE_RECORD = 16;
    private static final int GSUB = tag("GSUB");
    /** Sorts where GSUB did, and no font format defines it. */
    private static final int UNUSED_GSUB = tag("GSUb");

    /** @param svg the names an SVG's text finds the face by */
    private record Families(List<String> document, List<String> svg) {
    }

    private record Face(Families families, String file, int weight, FontStyle style) {
    }

    private final List<Face> faces;
    /**
     * Each face's data, read from its jar when a document or an SVG first prints with it: a
     * notice prints with two or three of the twelve, and reading all of them was a tenth of a
     * second of a cold JVM's first PDF.
     */
    private final Map<Face, byte[]> data = new ConcurrentHashMap<>();
    private final byte[] colorProfile;
    /**
     * Parsed faces no document is printing with: a document borrows those it prints with and
     * gives them back once it is written, for the next document of this build or of the next
     * (the preview's). Parsing a face for every document was a tenth of a PDF's time. A parsed
     * face reads its tables from its data as it goes, so two documents never hold one at once.
     */
    private final Map<Face, Queue<TrueTypeFont>> idle = new ConcurrentHashMap<>();
    /** Each face's character widths, measured once for every document. */
    private final Map<Face, GlyphWidths> widths;

    Embedded() throws IOException {
        this.faces = List.of(
                new Face(SANS, "DejaVuSans.ttf", 400, FontStyle.NORMAL),
                new Face(SANS, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                new Face(SANS, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
                new Face(SANS, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
                new Face(SERIF, "DejaVuSerif.ttf", 400, FontStyle.NORMAL),
                new Face(SERIF, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
                new Face(SERIF, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
                new Face(SERIF, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
                new Face(MONOSPACE, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL),
                new Face(MONOSPACE, "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL),
                new Face(MONOSPACE, "DejaVuSansMono-Oblique.ttf", 400, FontStyle.ITALIC),
                new Face(MONOSPACE, "DejaVuSansMono-BoldOblique.ttf", 700, FontStyle.ITALIC));
        this.widths = faces.stream().collect(Collectors.toUnmodifiableMap(face -> face, face -> new GlyphWidths()));
        this.colorProfile = resource(PageRenderer.DEFAULTS + "/pdf/sRGB.icc");
    }

    byte[] colorProfile() {
        return colorProfile;
    }

    /** The faces one document prints with, borrowed until it is written. */
    final class Lease implements AutoCloseable {
        /** Used by the document's thread alone. */
        private final Map<Face, TrueTypeFont> borrowed = new HashMap<>();
        /** The widths of each face as this document embeds it. */
        private final Map<PDFont, GlyphWidths> embedded = new IdentityHashMap<>();

        private Lease() {
        }

        /** Gives the document every face, subset to the letters it prints; a face it does not print is not read. */
        void addFonts(PdfRendererBuilder builder, PDDocument document) {
            for (Face face : faces) {
                for (String family : face.families().document()) {
                    builder.useFont(new PDFontSupplier(null) {
                        @Override
                        public PDFont supply() {
                            try {
                                PDFont font = PDType0Font.load(document, parsed(face), true);
                                embedded.put(font, widths.get(face));
                                return font;
                            } catch (IOException e) {
                                throw new UncheckedIOException("cannot read the font " + family, e);
                            }
                        }
                    }, family, face.weight(), face.style(), true);
                }
            }
        }

        private TrueTypeFont parsed(Face face) throws IOException {
            TrueTypeFont font = borrowed.get(face);
            if (font == null) {
                font = idle.computeIfAbsent(face, key -> new ConcurrentLinkedQueue<>()).poll();
                if (font == null) {
                    font = new TTFParser().parse(new RandomAccessReadBuffer(data(face)));
                }
                borrowed.put(face, font);
            }
            return font;
        }

        /** The widths of a font this lease embedded in its document; null for any other font. */
        GlyphWidths widths(PDFont font) {
            return embedded.get(font);
        }

        @Override
        public void close() {
            borrowed.forEach((face, font) -> idle.get(face).add(font));
            borrowed.clear();
        }
    }

    /** Faces for one document, given back when the lease is closed, after the document is written. */
    Lease lease() {
        return new Lease();
    }

    /**
     * The faces for an SVG's text, by their names and CSS's generic names. Batik draws the
     * letters as outlines, so no font is embedded for them; a family named here is drawn the same
     * on every machine.
     */
    OpenHtmlFontResolver svgFonts() {
        return new SvgFonts();
    }

    /**
     * Reads a family's faces when an SVG first names it: the twelve faces under their thirty
     * names, each hashed and parsed by Java's font code, took a fifth of a second of every build
     * that printed a PDF, where a logo's text needs one family.
     */
    private final class SvgFonts extends OpenHtmlFontResolver {

        /**
         * The families asked for, as spelled: the faces are registered under the spelling asked
         * for, which is how they are looked up, so each spelling is registered once.
         */
        private final Set<String> read = new HashSet<>();

        @Override
        public synchronized GVTFontFamily resolve(String family) {
            if (read.add(family)) {
                for (Face face : faces) {
                    if (face.families().svg().stream().anyMatch(family::equalsIgnoreCase)) {
                        try {
                            byte[] font = data(face);
                            addFontStream(() -> new ByteArrayInputStream(font), family, face.weight(), face.style());
                        } catch (FontFormatException | IOException e) {
                            throw new IllegalStateException("cannot read a DejaVu font for SVG text", e);
                        }
                    }
                }
            }
            return super.resolve(family);
        }
    }

    private byte[] data(Face face) throws IOException {
        try {
            return data.computeIfAbsent(face, read -> {
                try {
                    return withoutLigatures(resource(FONTS + read.file()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The font without its glyph substitution table. PDFBox applies the font's "liga" feature,
     * and a ligature glyph copies out as one character ("ﬁ"), so "files" could not be found by
     * search. Without the table every letter keeps its own glyph.
     *
     * <p>The table is renamed in the font's table directory rather than cut out: PDFBox finds
     * tables by name, and the subset it embeds in a PDF copies only the tables a PDF font needs,
     * so the renamed table reaches no document. Cutting it out meant rewriting four fonts, a
     * second of every build that renders a PDF.
     */
    static byte[] withoutLigatures(byte[] ttf) throws IOException {
        ByteBuffer font = ByteBuffer.wrap(ttf.clone());
        // The table directory: a 12-byte header ending in the table count, then 16 bytes a table.
        if (font.capacity() < TABLE_RECORDS) {
            throw new IOException("not a TrueType font");
        }
        int tables = Short.toUnsignedInt(font.getShort(TABLE_COUNT));
        for (int i = 0; i < tables && TABLE_RECORDS + TABLE_RECORD * (i + 1) <= font.capacity(); i++) {
            int tag = TABLE_RECORDS + TABLE_RECORD * i;
            if (font.getInt(tag) == GSUB) {
                font.putInt(tag, UNUSED_GSUB);
            }
        }
        return font.array();
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Embedded.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
