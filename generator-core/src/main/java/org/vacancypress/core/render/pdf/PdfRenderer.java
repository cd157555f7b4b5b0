package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.vacancypress.core.render.site.Logo;

/**
 * Renders a notice's printable page to an accessible, archival PDF: tagged PDF/UA-1 and
 * PDF/A-3u, with the DejaVu fonts embedded, section bookmarks, and nothing loaded but the
 * organization's logo and files of its template folder ({@link PdfResources}). The same page and
 * day always give the same bytes.
 *
 * <p>Font data ({@link Embedded}), the colour profile and font metrics are read once and shared; each document
 * gets its own builder, so one instance renders on several threads at once.
 */
public final class PdfRenderer {

    static {
        // openhtmltopdf logs every document at INFO through java.util.logging.
        XRLog.setLoggingEnabled(false);
    }

    private static final String PRODUCER = "Vacancy Press";
    /** The day of the warm-up page, which no one reads. */
    private static final LocalDate WARM_UP_DAY = LocalDate.of(2000, 1, 1);
    /** A printable page in small ({@link #warmUp}); {@code %logo%} becomes the logo, when there is one. */
    private static final String WARM_UP = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Warm-up</title>
            <style>@page { size: A4; margin: 20mm; @bottom-left { content: element(footer); } }
            .footer { position: running(footer); } .footer span::after { content: counter(page) " of " counter(pages); }
            body { font-family: "DejaVu Sans"; font-size: 10pt; }
            h1 { font-size: 18pt; } img { height: 14mm; width: auto; } td { border: 0.5pt solid #9aa5b1; }</style></head>
            <body><div class="footer">Closing <span>Page </span></div><header>%logo%</header><article><h1>Officer</h1><p>An <strong>office</strong> in Geneva,
            <a href="https://example.org/apply">apply here</a>, <time datetime="2000-01-01">1 January</time>.</p>
            <section><h2>Duties</h2><ul><li>Plan</li><li>Report</li></ul><ol><li>One</li></ol>
            <dl><dt>Grade</dt><dd>P-3</dd></dl><table><tr><th>Day</th><td>Monday</td></tr></table></section></article></body></html>
            """;
    /** The creation date openhtmltopdf writes, after its line's indentation. */
    private static final Pattern XMP_CREATE_DATE = Pattern.compile("(\\s*)<xmp:CreateDate>[^<]*</xmp:CreateDate>");

    private final Embedded embedded;
    private final OpenHtmlFontResolver svgFonts;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    private final PdfResources resources;
    private final ParsedStyles styles;
    /** Where the printable page finds the logo, when there is one to print. */
    private final Optional<String> logoAddress;
    private final Optional<byte[]> logoDrawing;

    /** @param logo the organization's logo, which the printable page may show */
    public PdfRenderer(Optional<Path> templateDirectory, Optional<Logo> logo) throws IOException {
        this(templateDirectory, logo, Optional.empty());
    }

    /**
     * @param logo the organization's logo, which the printable page may show
     * @param drawing an SVG logo's page as {@link #logoDrawing()} gave it from a renderer made with
     *     the same logo, template folder and code: drawing it loads Batik and Java's 2D graphics,
     *     a third of a cold JVM's first PDF
     */
    public PdfRenderer(Optional<Path> templateDirectory, Optional<Logo> logo, Optional<byte[]> drawing)
            throws IOException {
        this.embedded = new Embedded();
        this.svgFonts = embedded.svgFonts();
        Map<String, byte[]> served = PrintedLogo.served(logo, templateDirectory, svgFonts, drawing);
        this.resources = new PdfResources(templateDirectory, served);
        this.styles = new ParsedStyles(resources.baseUri());
        this.logoAddress = logo.map(Logo::printAddress).filter(served::containsKey);
        this.logoDrawing = logo.filter(Logo::isSvg).map(Logo::printAddress).map(served::get);
    }

    /** The SVG logo's page as every document takes it; empty without an SVG logo, or when it draws nothing. */
    public Optional<byte[]> logoDrawing() {
        return logoDrawing.map(byte[]::clone);
    }

    /**
     * Renders a small page with what a printable page has (headings, lists, a table, a link, the
     * logo, bold text) and throws it away: the first document a cold JVM renders loads and first
     * runs most of openhtmltopdf's, PDFBox's and ICU's code, which this does ahead of the build's
     * first notice. It prints with the two faces nearly every notice prints with, each parsed
     * once for the documents after it. What it leaves for the next documents (parsed faces,
     * measured widths, font metrics) are the fonts' own values, as any document leaves them.
     */
    public void warmUp() throws IOException {
        render(WARM_UP.replace("%logo%", logoAddress.map(address -> "<img src=\"" + address + "\" alt=\"Logo\">")
                .orElse("")), WARM_UP_DAY);
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
        try (PDDocument pdf = new PDDocument(); Embedded.Lease fonts = embedded.lease()) {
            return renderPdf(page, pdf, fonts, html, day);
        }
    }

    private byte[] renderPdf(Document page, PDDocument pdf, Embedded.Lease fonts, String html, LocalDate day)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(pdf)
                .useFastMode()
                // Pages' content uncompressed, to be compressed once EmptyArtifacts has read it.
                .testMode(true)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .useColorProfile(embedded.colorProfile())
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .withProducer(PRODUCER)
                .useNamespaceHandler(styles.handler())
                .withW3cDocument(new W3CDom().fromJsoup(page), resources.baseUri());
        resources.restrict(builder).useSVGDrawer(new SvgDrawer(svgFonts));
        fonts.addFonts(builder, pdf);
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
        renderer.getSharedContext().setTextRenderer(new MeasuredText(fonts, renderer.getSharedContext()));
        try (renderer) {
            renderer.createPDFWithoutClosing();
            EmptyArtifacts.remove(pdf);
            TaggedText.mend(pdf, runs);
            fixDates(pdf, day);
            pdf.getDocument().setDocumentID(documentId(html));
            pdf.save(out);
        }
        return out.toByteArray();
    }

    /**
     * openhtmltopdf stamps the time of rendering; a reproducible document carries its own day.
     * The XMP packet openhtmltopdf wrote is edited as text, where parsing and writing it again
     * with xmpbox was a twentieth of a PDF's time: it has one {@code xmp:CreateDate}, which
     * becomes the day, followed by the modification and metadata dates.
     */
    private static void fixDates(PDDocument document, LocalDate day) throws IOException {
        Calendar date = GregorianCalendar.from(day.atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher created = XMP_CREATE_DATE.matcher(xmp);
        if (!created.find()) {
            throw new IOException("the PDF's XMP metadata has no xmp:CreateDate to set");
        }
        if (xmp.contains("<xmp:ModifyDate") || xmp.contains("<xmp:MetadataDate")) {
            throw new IOException("the PDF's XMP metadata has its modification dates already: each would be there twice");
        }
        String stamp = DateConverter.toISO8601(date);
        String dates = created.group(1) + "<xmp:CreateDate>" + stamp + "</xmp:CreateDate>"
                + created.group(1) + "<xmp:ModifyDate>" + stamp + "</xmp:ModifyDate>"
                + created.group(1) + "<xmp:MetadataDate>" + stamp + "</xmp:MetadataDate>";
        metadata.importXMPMetadata((xmp.substring(0, created.start()) + dates + xmp.substring(created.end()))
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The trailer /ID from the content, where PDFBox would otherwise use the time: its MD5, as the
     * PDF reference suggests, half the time of a SHA-256 with C1.
     */
    private static COSArray documentId(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(html.getBytes(StandardCharsets.UTF_8));
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
