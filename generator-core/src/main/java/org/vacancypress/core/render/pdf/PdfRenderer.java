package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.vacancypress.core.render.html.PageRenderer;

/**
 * Renders a notice's printable page to an accessible, archival PDF: tagged PDF/UA-1 and
 * PDF/A-3u, with the DejaVu fonts embedded, section bookmarks, and nothing loaded from outside
 * the template folder. The same page and day always give the same bytes.
 *
 * <p>Font data, the colour profile and font metrics are read once and shared; each document
 * gets its own builder, so one instance renders on several threads at once.
 */
public final class PdfRenderer {

    static {
        // openhtmltopdf logs every document at INFO through java.util.logging.
        XRLog.setLoggingEnabled(false);
    }

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    /**
     * Text is printed in DejaVu Sans, code in DejaVu Sans Mono. The generic names are given the
     * DejaVu faces too, so a template's {@code monospace} (the default style of {@code code} and
     * {@code pre}) or {@code serif} (of a box given no family) finds a font instead of failing.
     * openhtmltopdf looks the generic families up by Java's logical font names.
     */
    private static final List<String> SANS = List.of("DejaVu Sans", "SansSerif");
    private static final List<String> MONOSPACE = List.of("DejaVu Sans Mono", "Monospaced");
    private static final List<String> SERIF = List.of("DejaVu Serif", "Serif");
    private static final String PRODUCER = "Vacancy Press";
    private static final int TABLE_COUNT = 4;
    private static final int TABLE_RECORDS = 12;
    private static final int TABLE_RECORD = 16;
    private static final int GSUB = tag("GSUB");
    /** Sorts where GSUB did, and no font format defines it. */
    private static final int UNUSED_GSUB = tag("GSUb");

    private record Face(List<String> families, byte[] data, int weight, FontStyle style) {
    }

    private final List<Face> faces;
    private final byte[] colorProfile;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    private final Optional<Path> templateDirectory;

    public PdfRenderer(Optional<Path> templateDirectory) throws IOException {
        this.templateDirectory = templateDirectory.map(dir -> dir.toAbsolutePath().normalize());
        this.faces = List.of(
                face(SANS, "DejaVuSans.ttf", 400, FontStyle.NORMAL),
                face(SANS, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                face(SANS, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
                face(SANS, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
                face(SERIF, "DejaVuSerif.ttf", 400, FontStyle.NORMAL),
                face(SERIF, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
                face(SERIF, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
                face(SERIF, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
                face(MONOSPACE, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL),
                face(MONOSPACE, "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL),
                face(MONOSPACE, "DejaVuSansMono-Oblique.ttf", 400, FontStyle.ITALIC),
                face(MONOSPACE, "DejaVuSansMono-BoldOblique.ttf", 700, FontStyle.ITALIC));
        this.colorProfile = resource(PageRenderer.DEFAULTS + "/pdf/sRGB.icc");
    }

    /**
     * The PDF of a printable HTML page.
     *
     * @param day the document's creation and modification date, fixed so builds are reproducible
     */
    public byte[] render(String html, LocalDate day) throws IOException {
        // xmpbox and the DOM code look up XML factories through the context class loader on every
        // document, scanning every jar of the class path: a third of the rendering time. The
        // platform loader holds no provider, so the JDK's own factories come at once.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            return renderPdf(html, day);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private byte[] renderPdf(String html, LocalDate day) throws IOException {
        Document page = PrintedPage.of(html);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .useColorProfile(colorProfile)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .withProducer(PRODUCER)
                .withW3cDocument(new W3CDom().fromJsoup(page), baseUri())
                .useExternalResourceAccessControl(this::mayResolve, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(this::mayLoad, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        for (Face face : faces) {
            for (String family : face.families()) {
                builder.useFont(() -> new ByteArrayInputStream(face.data()), family, face.weight(), face.style(), true);
            }
        }
        // ICU breaks lines by Unicode's rules: never after the apostrophe of an elision ("l’accès",
        // "IOM’s"), where the JDK's rules break.
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.forLanguageTag(page.selectFirst("html").attr("lang"))));
        LogicalRuns runs = new LogicalRuns();
        if ("rtl".equals(page.selectFirst("html").attr("dir"))) {
            // ICU splits and orders mixed-direction text and joins Arabic letters (the fonts' own
            // shaping tables are removed, see withoutLigatures).
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(runs)
                    .defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfBoxRenderer renderer = builder.toStream(out).buildPdfRenderer();
        try (renderer) {
            renderer.createPDFWithoutClosing();
            try (PDDocument document = renderer.getPdfDocument()) {
                TaggedText.mend(document, runs);
                fixDates(document, day);
                document.getDocument().setDocumentID(documentId(html));
                document.save(out);
            }
        }
        return out.toByteArray();
    }

    /** Before resolution: a relative reference may be resolved against the template folder, then checked. */
    private boolean mayResolve(String uri, ExternalResourceType type) {
        try {
            return uri != null && URI.create(uri).getScheme() == null && !uri.startsWith("//") || mayLoad(uri, type);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Only files inside the organization's template folder may be read (a logo, say); nothing
     * a notice names is fetched: no {@code http:}, no {@code file:} elsewhere, no {@code data:}.
     */
    private boolean mayLoad(String uri, ExternalResourceType type) {
        if (uri == null || templateDirectory.isEmpty() || !uri.startsWith("file:")) {
            return false;
        }
        try {
            Path file = Path.of(URI.create(uri)).toAbsolutePath().normalize();
            return file.startsWith(templateDirectory.get()) && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(templateDirectory.get().toRealPath());
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private String baseUri() {
        return templateDirectory.map(dir -> dir.toUri().toString()).orElse("about:blank");
    }

    /** openhtmltopdf stamps the time of rendering; a reproducible document carries its own day. */
    private static void fixDates(PDDocument document, LocalDate day) throws IOException {
        Calendar date = GregorianCalendar.from(day.atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        try (InputStream in = metadata.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            metadata.importXMPMetadata(serialized.toByteArray());
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot update the PDF's XMP metadata", e);
        }
    }

    /** The trailer /ID from the content, where PDFBox would otherwise use the time. */
    private static COSArray documentId(String html) {
        try {
            byte[] digest = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                    .digest(html.getBytes(StandardCharsets.UTF_8)), 16);
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
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

    private static Face face(List<String> families, String file, int weight, FontStyle style) throws IOException {
        return new Face(families, withoutLigatures(resource(FONTS + file)), weight, style);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
