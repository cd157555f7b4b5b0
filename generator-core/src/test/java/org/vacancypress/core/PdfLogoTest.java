package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.render.site.Logo;

/**
 * The organization's logo heads page 1 of its PDFs: drawn from its own file (SVG, PNG or JPEG)
 * inside a Figure named by the organization's name, with nothing fetched that an SVG names, and
 * the PDF still PDF/UA-1 and PDF/A-3u.
 */
class PdfLogoTest {

    private static final String NOTICE = "protection-coordinator-tripoli-2018";
    private static final String ORGANIZATION = "International Organization for Migration";

    @TempDir
    Path dir;
    @RegisterExtension
    final CountingServer server = new CountingServer();
    final String url = server.url();

    /** What page 1 draws inside a Figure named by its alternate text: the XObjects of its marked content. */
    private record Figure(String alt, List<PDXObject> drawn) {
    }

    @Test
    void theRealNoticesShowTheOrganizationsSvgLogoAsAFigureNamedByTheOrganization() throws Exception {
        Path site = dir.resolve("site");
        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, site)).pdf();
        assertEquals(List.of(), result.problems());
        for (String name : List.of(NOTICE, "programme-assistant-ctip-port-vila-2023-fr",
                "national-protection-officer-avm-tripoli-2025-ar")) {
            try (PDDocument pdf = Loader.loadPDF(site.resolve(name + ".pdf").toFile())) {
                List<Figure> figures = figuresOnPageOne(pdf);
                assertEquals(1, figures.size(), name + ": " + figures);
                Figure logo = figures.get(0);
                assertEquals(name.endsWith("-fr") ? "Organisation internationale pour les migrations" : name.endsWith("-ar")
                        ? "المنظمة الدولية للهجرة" : ORGANIZATION, logo.alt(), name + ": named in the notice's language");
                assertEquals(1, logo.drawn().size(), name);
                PDFormXObject drawing = (PDFormXObject) logo.drawn().get(0);
                assertTrue(paintedShapes(drawing) >= 2, name + ": the SVG is drawn as vector art");
                assertEquals(List.of(), images(drawing.getResources()), name);
            }
        }
    }

    /**
     * The SVG logo's drawing is kept beside the site for the next build's PDFs, whose bytes it
     * does not change; a file of the user's under its name is kept and the build refused.
     */
    @Test
    void theSvgLogosDrawingIsKeptBesideTheSiteAndAFileOfTheUsersUnderItsNameIsKept() throws Exception {
        Path site = dir.resolve("site");
        assertTrue(new Generator(Fixtures.request(Fixtures.NOTICES, site)).pdf().succeeded());
        Path drawing = dir.resolve(".site.logo");
        assertTrue(Files.readString(drawing, StandardCharsets.ISO_8859_1).startsWith("vacancy-press logo drawing 1\n"));
        byte[] first = Files.readAllBytes(site.resolve(NOTICE + ".pdf"));
        Files.delete(site.resolve(NOTICE + ".pdf"));
        assertTrue(new Generator(Fixtures.request(Fixtures.NOTICES, site)).pdf().succeeded());
        assertArrayEquals(first, Files.readAllBytes(site.resolve(NOTICE + ".pdf")), "printed with the kept drawing");

        Files.writeString(drawing, "my notes on the logo\n");
        BuildResult refused = new Generator(Fixtures.request(Fixtures.NOTICES, site)).pdf();
        assertFalse(refused.succeeded());
        assertTrue(refused.problems().get(0).toString().contains("the file " + drawing + " beside the output folder is not"
                + " one Vacancy Press wrote"), refused.problems().get(0).toString());
        assertEquals("my notes on the logo\n", Files.readString(drawing));
    }

    /** Another organization's PNG (with transparency) or JPEG logo. */
    @ParameterizedTest
    @CsvSource({"png, image/png", "jpg, image/jpeg"})
    void aBitmapLogoIsEmbeddedTheSameTwiceAndPublishedWithItsType(String format, String type) throws Exception {
        Path notices = Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice());
        Files.write(notices.resolve("_data/logo." + format), bitmap(format,
                format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB));
        Path pdf = buildPdf(notices, "site");
        assertEquals(List.of(160, 80), sizeOfTheLogo(pdf));
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(buildPdf(notices, "again")), "reproducible");
        assertValid(pdf);
        assertTrue(new Generator(Fixtures.request(notices, dir.resolve("pages"))).html().succeeded());
        assertEquals(type, Fixtures.page(dir.resolve("pages/" + NOTICE + ".html")).selectFirst("link[rel=icon]").attr("type"));
    }

    @Test
    void anSvgLogoNamingAnythingOutsideItselfIsAnErrorAtTheLineThatNamesIt() throws IOException {
        Path notices = Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice());
        for (String reference : List.of("<image width=\"8\" height=\"8\" xlink:href=\"" + url + "/remote.png\"/>",
                "<image width=\"8\" height=\"8\" href=\"secret.png\"/>",
                "<use xlink:href=\"" + dir.toUri() + "defs.svg#shape\"/>",
                "<style>@import url(\"" + url + "/style.css\"); rect { fill: #0b4f8a }</style>",
                "<rect width=\"8\" height=\"8\" style=\"fill: url('" + url + "/paint.svg#p')\"/>")) {
            Files.writeString(notices.resolve("_data/logo.svg"), String.join("\n",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 64 32\">",
                    "  <linearGradient id=\"blue\"><stop stop-color=\"#0b4f8a\"/></linearGradient><a href=\"https://www.iom.int/\">"
                            + "<rect width=\"64\" height=\"32\" fill=\"url(#blue)\"/></a>",
                    "  " + reference,
                    "</svg>"), StandardCharsets.UTF_8);
            BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).pdf();
            assertEquals(1, result.problems().size(), reference + ": " + result.problems());
            assertTrue(result.problems().get(0).toString().matches("notices/_data/logo\\.svg:3:\\d+: error: the logo names '"
                    + "[^']+', outside itself: neither a browser showing the site's logo nor the PDF renderer loads it; .*"),
                    result.problems().toString());
        }
        assertEquals(0, server.requests(), "no request was made");
    }

    /**
     * The renderer's own guard, behind the check of the file: given an SVG logo that names a
     * served image, a file, another document and style sheets, it requests and reads none; Batik
     * then draws no part of that logo. A picture the SVG holds as a data: address is drawn.
     */
    @Test
    void thePdfRendererLoadsNothingAnSvgLogoNamesOutsideIt() throws Exception {
        Path secret = dir.resolve("secret.png");
        Files.write(secret, bitmap("png", BufferedImage.TYPE_INT_RGB));
        String hostile = String.join("\n",
                "<image width=\"16\" height=\"16\" xlink:href=\"" + url + "/remote.png\"/>",
                "<image x=\"16\" width=\"16\" height=\"16\" xlink:href=\"" + secret.toUri() + "\"/>",
                "<image x=\"32\" width=\"16\" height=\"16\" href=\"secret.png\"/>",
                "<use xlink:href=\"" + url + "/defs.svg#shape\"/>",
                "<use xlink:href=\"" + secret.toUri() + "#shape\"/>",
                "<rect y=\"16\" width=\"16\" height=\"16\" fill=\"url(" + url + "/paint.svg#p)\"/>");
        for (String reference : hostile.split("\n")) {
            try (PDDocument pdf = Loader.loadPDF(renderWithLogo(reference, "hostile.pdf").toFile())) {
                List<PDXObject> drawn = figuresOnPageOne(pdf).get(0).drawn();
                assertEquals(1, drawn.size(), reference);
                assertEquals(0, paintedShapes((PDFormXObject) drawn.get(0)), reference);
                assertEquals(List.of(), images(((PDFormXObject) drawn.get(0)).getResources()), reference);
            }
        }
        Path drawn = renderWithLogo("<image x=\"48\" width=\"16\" height=\"16\" xlink:href=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(bitmap("png", BufferedImage.TYPE_INT_RGB)) + "\"/>", "embedded.pdf");
        assertEquals(0, server.requests(), "no request was made");
        try (PDDocument pdf = Loader.loadPDF(drawn.toFile())) {
            PDFormXObject drawing = (PDFormXObject) figuresOnPageOne(pdf).get(0).drawn().get(0);
            List<PDImageXObject> images = images(drawing.getResources());
            assertEquals(1, images.size(), "the picture written into the SVG is drawn: " + images);
            assertEquals(List.of(160, 80), List.of(images.get(0).getWidth(), images.get(0).getHeight()));
        }
    }

    /** A page of the logo, as an SVG with a DTD and a style sheet named outside it and the given element, rendered to PDF. */
    private Path renderWithLogo(String element, String name) throws IOException {
        Logo logo = Logo.of("_data/logo.svg", String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<!DOCTYPE svg SYSTEM \"" + url + "/svg.dtd\">",
                "<?xml-stylesheet type=\"text/css\" href=\"" + url + "/linked.css\"?>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 64 32\">",
                "<rect width=\"64\" height=\"32\" fill=\"#0b4f8a\"/>", element, "</svg>").getBytes(StandardCharsets.UTF_8));
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Logo</title></head><body>"
                + "<img src=\"" + logo.printAddress() + "\" alt=\"" + ORGANIZATION + "\"><p>Text.</p></body></html>";
        return Files.write(dir.resolve(name), new PdfRenderer(Optional.of(dir), Optional.of(logo)).render(page, Fixtures.TODAY));
    }

    @Test
    void aLogoThatIsNotItsKindOfImageIsAnErrorAtItsFile() throws IOException {
        Path notices = Fixtures.folderWith(dir, NOTICE, Fixtures.validNotice());
        Files.write(notices.resolve("_data/logo.png"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        BuildResult png = new Generator(Fixtures.request(notices, dir.resolve("png"))).pdf();
        assertFalse(png.succeeded());
        assertEquals(List.of("notices/_data/logo.png:1:1: error: the logo is not a PNG image; save it as a PNG image,"
                + " or as _data/logo.svg or _data/logo.jpg"), png.problems().stream().map(Object::toString).toList());
        assertFalse(Files.exists(dir.resolve("png/" + NOTICE + ".pdf")), "no PDF without its logo");

        Files.delete(notices.resolve("_data/logo.png"));
        Files.writeString(notices.resolve("_data/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect width=\"4\">\n</svg>\n");
        BuildResult svg = new Generator(Fixtures.request(notices, dir.resolve("svg"))).pdf();
        assertEquals(1, svg.problems().size(), svg.problems().toString());
        assertTrue(svg.problems().get(0).toString().startsWith("notices/_data/logo.svg:3:3: error: the logo is not an SVG image: "),
                svg.problems().toString());

        Files.writeString(notices.resolve("_data/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect id=\"a\"/>\n"
                + "  <use href=\"#a\"/><use href=\"#b\"/>\n</svg>\n");
        BuildResult broken = new Generator(Fixtures.request(notices, dir.resolve("broken"))).pdf();
        assertEquals(List.of("notices/_data/logo.svg:3:35: error: the logo refers to '#b', but none of its elements has that id:"
                + " the PDF renderer draws no logo with a broken reference; give the element that id, or remove the reference"),
                broken.problems().stream().map(Object::toString).toList());
    }

    private Path buildPdf(Path notices, String output) {
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve(output))).pdf();
        assertEquals(List.of(), result.problems());
        return dir.resolve(output).resolve(NOTICE + ".pdf");
    }

    private static void assertValid(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        assertEquals(List.of(), PdfTest.failedRules(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals(List.of(), PdfTest.failedRules(pdf, PDFAFlavour.PDFA_3_U), "PDF/A-3u");
    }

    /** A 160 by 80 logo: a blue band over white, as the given format writes it. */
    private static byte[] bitmap(String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(160, 80, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 160, 80);
        graphics.setColor(new Color(0x0b4f8a));
        graphics.fillRect(0, 20, 160, 40);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The width and height in pixels of the one image page 1 draws, in a Figure named by the organization. */
    private static List<Integer> sizeOfTheLogo(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<Figure> figures = figuresOnPageOne(pdf);
            assertEquals(1, figures.size(), figures.toString());
            assertEquals(ORGANIZATION, figures.get(0).alt());
            assertEquals(1, figures.get(0).drawn().size());
            PDImageXObject image = (PDImageXObject) figures.get(0).drawn().get(0);
            return List.of(image.getWidth(), image.getHeight());
        }
    }

    /** How many shapes a form paints (fills, strokes, shadings), in the forms it draws too. */
    private static int paintedShapes(PDFormXObject form) throws IOException {
        int[] painted = {0};
        eachOperator(form, (operator, operands) -> {
            if (List.of("f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh").contains(operator)) {
                painted[0]++;
            } else if (operator.equals("Do")
                    && form.getResources().getXObject((COSName) operands.get(0)) instanceof PDFormXObject inner) {
                painted[0] += paintedShapes(inner);
            }
        });
        return painted[0];
    }

    private interface OperatorReader {
        void read(String operator, List<Object> operands) throws IOException;
    }

    /** Each operator of a page's or a form's content, in order, with its operands. */
    private static void eachOperator(PDContentStream content, OperatorReader reader) throws IOException {
        List<Object> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(content);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator) {
                reader.read(operator.getName(), operands);
                operands.clear();
            } else {
                operands.add(token);
            }
        }
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            } else if (object instanceof PDFormXObject form && form.getResources() != null) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }

    /**
     * The Figures of the structure tree whose marked content is on page 1, each with what its
     * marked content draws there (the {@code Do} operators between its {@code BDC} and {@code EMC}).
     */
    private static List<Figure> figuresOnPageOne(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return figuresOnPageOne(pdf);
        }
    }

    /** The same, of an open document: what the Figures draw is read from it while it is open. */
    private static List<Figure> figuresOnPageOne(PDDocument pdf) throws IOException {
        PDPage page = pdf.getPage(0);
        List<Integer> figureIds = new ArrayList<>();
        List<String> alts = new ArrayList<>();
        collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot(), page, figureIds, alts);
        List<List<PDXObject>> drawn = new ArrayList<>();
        figureIds.forEach(id -> drawn.add(new ArrayList<>()));
        Deque<Integer> open = new ArrayDeque<>();
        eachOperator(page, (operator, operands) -> {
            switch (operator) {
                case "BDC", "BMC" -> open.push(operands.size() == 2 && operands.get(1) instanceof COSDictionary properties
                        && properties.containsKey(COSName.MCID) ? properties.getInt(COSName.MCID) : -1);
                case "EMC" -> open.pop();
                case "Do" -> {
                    int figure = open.isEmpty() ? -1 : figureIds.indexOf(open.peek());
                    if (figure >= 0) {
                        drawn.get(figure).add(page.getResources().getXObject((COSName) operands.get(0)));
                    }
                }
                default -> {
                }
            }
        });
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < figureIds.size(); i++) {
            figures.add(new Figure(alts.get(i), drawn.get(i)));
        }
        return figures;
    }

    private static void collectFigures(PDStructureNode node, PDPage page, List<Integer> ids, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && page.equals(element.getPage())) {
                    for (Object content : element.getKids()) {
                        if (content instanceof Integer id) {
                            ids.add(id);
                            alts.add(element.getAlternateDescription());
                        }
                    }
                }
                collectFigures(element, page, ids, alts);
            }
        }
    }
}
