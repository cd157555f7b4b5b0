package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.vacancypress.core.render.site.Logo;

/**
 * The organization's logo as every PDF takes it, at {@link Logo#printAddress()}. An SVG is drawn
 * once, by Batik, on a page of its own size, and each document places that page as a form
 * ({@code <img src="….pdf">}): still vector art, drawn the same.
 *
 * <p>Drawing the SVG in every document cost far more than the drawing: Batik's objects wait for
 * finalization and hold the whole document they were drawn in, so a build of 1,000 PDFs kept
 * hundreds of megabytes alive and spent a quarter of its time collecting garbage.
 */
final class PrintedLogo {

    private static final String ID = "logo";
    /** A page larger than any logo, so the logo is laid out whole at its own size. */
    private static final String PAGE = "<html><head><style>@page { size: 5000px 5000px; margin: 0 } body { margin: 0 }"
            + " img { display: block }</style></head><body><img id=\"" + ID + "\" alt=\"\" src=\"%s\"/></body></html>";

    private PrintedLogo() {
    }

    /**
     * What the renderer serves at the logo's print address: nothing when there is no logo, or an SVG draws nothing.
     *
     * @param drawing the SVG logo's page as drawn before, taken instead of drawing it again
     */
    static Map<String, byte[]> served(Optional<Logo> logo, Optional<Path> templateDirectory, OpenHtmlFontResolver svgFonts,
            Optional<byte[]> drawing) throws IOException {
        if (logo.isEmpty()) {
            return Map.of();
        }
        Logo image = logo.get();
        if (!image.isSvg()) {
            return Map.of(image.printAddress(), image.content());
        }
        if (drawing.isPresent()) {
            return Map.of(image.printAddress(), drawing.get());
        }
        PdfResources source = new PdfResources(templateDirectory, Map.of(image.sourceAddress(), image.content()));
        return drawn(image, source, svgFonts).map(page -> Map.of(image.printAddress(), page)).orElse(Map.of());
    }

    private static Optional<byte[]> drawn(Logo logo, PdfResources source, OpenHtmlFontResolver svgFonts) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(String.format(PAGE, logo.sourceAddress()), source.baseUri());
        source.restrict(builder).useSVGDrawer(new SvgDrawer(svgFonts));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfBoxRenderer renderer = builder.toStream(out).buildPdfRenderer();
        try (renderer) {
            renderer.createPDFWithoutClosing();
            List<PagePosition<Box>> boxes = renderer.findPagePositionsByID(Pattern.compile("^" + ID + "$"));
            try (PDDocument document = renderer.getPdfDocument()) {
                if (boxes.isEmpty() || boxes.get(0).getWidth() <= 0 || boxes.get(0).getHeight() <= 0) {
                    return Optional.empty();
                }
                PagePosition<Box> box = boxes.get(0);
                PDRectangle area = new PDRectangle(box.getX(), box.getY(), box.getWidth(), box.getHeight());
                PDPage page = document.getPage(0);
                page.setMediaBox(area);
                page.setCropBox(area);
                document.save(out);
            }
        }
        return Optional.of(out.toByteArray());
    }
}
