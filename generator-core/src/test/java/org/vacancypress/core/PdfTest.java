package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDF of each real notice, read back as a reader, a screen reader and an archive would. */
class PdfTest {

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        VeraGreenfieldFoundryProvider.initialise();
        site = work.resolve("site");
        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, site)).build();
        assertEquals(List.of(), result.problems());
    }

    /** The five seed notices, in English: their text is checked. */
    static List<String> names() {
        return RealNoticesTest.names();
    }

    /** Every real notice, translations included: each must be an accessible, archival PDF. */
    static List<String> allNames() {
        return Fixtures.realNoticeFiles().stream().map(f -> f.getFileName().toString().replace(".yaml", "")).toList();
    }

    /** A notice's language, as its file name says it ({@code -fr}, {@code -ar}); English otherwise. */
    static String languageOf(String name) {
        return name.matches(".*-(fr|es|ar)$") ? name.substring(name.length() - 2) : "en";
    }

    private static PDDocument open(String name) throws IOException {
        return Loader.loadPDF(site.resolve(name + ".pdf").toFile());
    }

    /**
     * The words as a reader copies them: in reading order on the page (as pdftotext and viewers
     * extract), a hyphen at the end of a line belonging to its word. The running footer and header
     * between two pages are left out, so that a sentence running over a page break reads whole.
     */
    static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        String running = "(?:Closing date.*|.*Page \\d+ of \\d+|.*·.*·.*)\\R";
        String text = stripper.getText(document).replaceAll("(?m)^" + running + "(?:" + running + "){1,2}", "");
        return RealNoticesTest.normalized(text.replaceAll("-\\R", "-"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void theTextHasEverySectionAndTheBoilerplate(String name) throws IOException {
        try (PDDocument pdf = open(name)) {
            String text = text(pdf);
            for (String expected : List.of("Introduction", "Eligibility", "Context", "Responsibilities",
                    "Qualifications and experience", "Languages", "Competencies", "Notes", "Beware of fraud",
                    "How to apply", "Established in 1951, IOM is a Related Organization of the United Nations",
                    "IOM does not charge a fee at any stage of its recruitment process",
                    "Vacancies close at 23:59 local time Geneva, Switzerland")) {
                assertTrue(text.contains(expected), name + ".pdf lacks: " + expected);
            }
        }
    }

    /** "office" copies out as o, f, f, i, c, e: a ligature glyph ("ﬃ") would make search miss the word. */
    @ParameterizedTest
    @MethodSource("allNames")
    void everyLetterCopiesOutAsItselfWithNoLigature(String name) throws IOException {
        List<String> ligatures = new java.util.ArrayList<>();
        // Each glyph as the PDF maps it to text, before the stripper's own clean-up of ligatures.
        PDFTextStripper glyphs = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition glyph) {
                if (glyph.getUnicode().codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
                    ligatures.add(glyph.getUnicode());
                }
                super.processTextPosition(glyph);
            }
        };
        try (PDDocument pdf = open(name)) {
            String text = glyphs.getText(pdf);
            assertEquals(List.of(), ligatures, name + ".pdf draws ligatures");
            if (languageOf(name).equals("en")) {
                assertTrue(text.contains("fi"), name + ".pdf: no 'fi' to check, the test would prove nothing");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySentenceTheSeedSaysAboutThePostIsInThePdf(String name) throws IOException {
        try (PDDocument pdf = open(name)) {
            String text = text(pdf).replaceAll(" \\((https?|mailto):[^)]*\\)", "");
            List<String> missing = Files.readAllLines(Path.of("src/test/resources/seed-sentences", name + ".txt"))
                    .stream().filter(line -> !line.isBlank())
                    .filter(sentence -> !text.contains(RealNoticesTest.normalized(sentence))).toList();
            assertEquals(List.of(), missing);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyPageShowsTheReferenceAndPageXOfY(String name) throws IOException {
        try (PDDocument pdf = open(name)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 1);
            String reference = Fixtures.read(Fixtures.NOTICES.resolve(name + ".yaml"))
                    .lines().filter(l -> l.startsWith("reference: ")).findFirst().orElseThrow().substring(11);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains(reference), name + " page " + page + " lacks the reference");
                assertTrue(text.contains("Page " + page + " of " + pages), name + " page " + page);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("allNames")
    void everyFontIsEmbeddedAndTheDocumentIsTaggedWithTitleLanguageAndBookmarks(String name) throws IOException {
        try (PDDocument pdf = open(name)) {
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertAll(
                    () -> assertEquals(List.of(), notEmbedded),
                    () -> assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked()),
                    () -> assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot()),
                    () -> assertEquals(languageOf(name), pdf.getDocumentCatalog().getLanguage()),
                    () -> assertTrue(pdf.getDocumentInformation().getTitle().contains(" – ")),
                    () -> assertTrue(bookmarks.size() >= 8, "a bookmark per section: " + bookmarks),
                    () -> assertTrue(!languageOf(name).equals("en") || bookmarks.containsAll(List.of("Introduction",
                            "Eligibility", "Context", "Responsibilities", "Notes", "How to apply")), bookmarks.toString()));
        }
    }

    /** The Arabic notice, and one English and one French, read as assistive technology reads them. */
    static List<String> taggedNames() {
        return List.of("national-protection-officer-avm-tripoli-2025-ar", "protection-coordinator-tripoli-2018",
                "programme-assistant-ctip-port-vila-2023-fr");
    }

    /**
     * Reading the structure tree in tag order gives each heading, paragraph and list item of the
     * notice's page as written: logical order, ordinary letters (no presentation forms), whatever
     * the direction the glyphs are drawn in.
     */
    @ParameterizedTest
    @MethodSource("taggedNames")
    void theTagsReadInOrderGiveTheNoticeAsWritten(String name) throws IOException {
        String tagged;
        try (PDDocument pdf = open(name)) {
            tagged = TaggedReading.text(pdf).replaceAll(" \\([^()]*(://|mailto:|/…)[^()]*\\)", "");
        }
        String letters = squeezed(tagged);
        assertTrue(tagged.codePoints().noneMatch(c -> c >= 0xFB50 && c <= 0xFEFF && c != 0xFEFF),
                "presentation forms in the tags of " + name);
        List<String> missing = new ArrayList<>();
        for (var block : Fixtures.page(site.resolve(name + ".html")).select("article h1, article h2, article p, article li")) {
            boolean webOnly = block.closest("nav") != null;
            if (!webOnly && block.select("p, li").isEmpty() && !block.text().isBlank()
                    && !letters.contains(squeezed(block.text()))) {
                missing.add(block.text());
            }
        }
        assertTrue(letters.length() > 2000, "nothing read: " + tagged);
        assertEquals(List.of(), missing, name);
    }

    private static String squeezed(String text) {
        return RealNoticesTest.normalized(text).replaceAll("\\s+", "");
    }

    /**
     * The footer is one line as pdf.css styles it: "Page X of Y" on the closing date's baseline,
     * in the footer's grey; and a bordered box (the facts, the fraud warning) is not split over
     * two pages.
     */
    @ParameterizedTest
    @MethodSource("names")
    void theFooterIsOneGreyLineAndNoBoxIsSplit(String name) throws IOException {
        try (PDDocument pdf = open(name)) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                List<String> footer = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    {
                        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
                    }

                    @Override
                    protected void processTextPosition(org.apache.pdfbox.text.TextPosition glyph) {
                        if (glyph.getY() > glyph.getPageHeight() - 60) {
                            float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
                            footer.add(glyph.getUnicode() + "@" + Math.round(glyph.getY()) + "#"
                                    + Math.round(rgb[0] * 255) + "," + Math.round(rgb[1] * 255) + "," + Math.round(rgb[2] * 255));
                        }
                        super.processTextPosition(glyph);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(pdf);
                assertTrue(footer.size() > 20, name + " page " + page + ": no footer " + footer);
                assertEquals(1, footer.stream().map(g -> g.substring(g.indexOf('@'))).distinct().count(),
                        name + " page " + page + ": the footer is not one grey line " + footer);
                assertTrue(footer.get(0).endsWith("#74,74,74"), footer.toString());
            }
            String text = text(pdf);
            assertTrue(text.contains("Beware of fraud"));
            assertEquals(pageOf(pdf, "Beware of fraud"), pageOf(pdf, "does not charge a fee"), name + ": the fraud warning is split");
            assertEquals(pageOf(pdf, "Duty station:"), pageOf(pdf, "Posting period:"), name + ": the facts are split");
        }
    }

    /** The non-represented member states fill three columns side by side, not a page of one. */
    @Test
    void theMemberStatesArePrintedInThreeColumns() throws IOException {
        try (PDDocument pdf = open("protection-coordinator-tripoli-2018")) {
            Map<String, float[]> starts = new java.util.HashMap<>();
            StringBuilder line = new StringBuilder();
            List<org.apache.pdfbox.text.TextPosition> glyphs = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition glyph) {
                    glyphs.add(glyph);
                    line.append(glyph.getUnicode());
                }
            }.getText(pdf);
            for (String state : List.of("Antigua", "Kiribati", "Lucia", "Vanuatu")) {
                org.apache.pdfbox.text.TextPosition first = glyphs.get(line.indexOf(state));
                starts.put(state, new float[] {first.getXDirAdj(), first.getYDirAdj()});
            }
            float[] antigua = starts.get("Antigua");
            float[] kiribati = starts.get("Kiribati");
            float[] lucia = starts.get("Lucia");
            assertEquals(antigua[1], kiribati[1], 0.5, "Kiribati starts the second column, level with Antigua");
            assertEquals(antigua[1], lucia[1], 0.5, "Saint Lucia starts the third column");
            assertTrue(antigua[0] < kiribati[0] - 100 && kiribati[0] < lucia[0] - 100, "three columns across the page");
            assertTrue(starts.get("Vanuatu")[1] - antigua[1] < 250, "the list takes less than half a page");
        }
    }

    private static int pageOf(PDDocument pdf, String words) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (RealNoticesTest.normalized(stripper.getText(pdf)).contains(words)) {
                return page;
            }
        }
        return 0;
    }

    /** "l’⏎accès": a line never ends in the apostrophe of an elision, nor "IOM’⏎s". */
    @ParameterizedTest
    @MethodSource("allNames")
    void noLineEndsInTheApostropheOfAWord(String name) throws IOException {
        try (PDDocument pdf = open(name)) {
            List<String> lines = new PDFTextStripper().getText(pdf).lines()
                    .filter(line -> line.matches(".*\\p{L}[’']")).toList();
            assertEquals(List.of(), lines, name);
        }
    }

    /** As on the page, a right-to-left label's colon follows the label: "مركز العمل: طرابلس". */
    @Test
    void theArabicFactsPutTheColonAfterTheLabel() throws IOException {
        try (PDDocument pdf = open("national-protection-officer-avm-tripoli-2025-ar")) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = java.text.Normalizer.normalize(stripper.getText(pdf), java.text.Normalizer.Form.NFKC);
            assertTrue(text.contains("مركز العمل: طرابلس"), text);
            assertFalse(text.contains("العمل :"), text);
        }
    }

    @Test
    void latinFragmentsOfTheArabicPdfCarryTheirOwnLanguage() throws IOException {
        try (PDDocument pdf = open("national-protection-officer-avm-tripoli-2025-ar")) {
            List<String> english = new ArrayList<>();
            TaggedReading reading = new TaggedReading(pdf);
            reading.visit(element -> {
                if ("en".equals(element.getLanguage())) {
                    english.add(reading.textOf(element));
                }
            });
            assertTrue(english.contains("SVN 2025/087 (NO)"), english.toString());
            assertTrue(english.stream().anyMatch(text -> text.contains("https://www.iom.int/")), english.toString());
            assertTrue(english.stream().noneMatch(text -> text.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)), english.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("allNames")
    void everyLinkIsOneElementNamedByItsTextAndEveryListLabelIsText(String name) throws IOException {
        try (PDDocument pdf = open(name)) {
            List<String> faults = new ArrayList<>();
            TaggedReading reading = new TaggedReading(pdf);
            reading.visit(element -> {
                String text = reading.textOf(element);
                if (element.getStructureType().equals("Link")) {
                    String alt = element.getAlternateDescription();
                    if (alt == null || alt.isBlank() || !squeezed(alt).equals(squeezed(text))) {
                        faults.add("Link named '" + alt + "' reads '" + text + "'");
                    }
                } else if (element.getStructureType().equals("Lbl") && text.isBlank()) {
                    faults.add("empty list label");
                }
            });
            assertEquals(List.of(), faults, name);
        }
    }

    @ParameterizedTest
    @MethodSource("allNames")
    void veraPdfFindsNoFailedRuleForPdfUa1(String name) throws Exception {
        assertEquals(List.of(), failedRules(name, PDFAFlavour.PDFUA_1));
    }

    @ParameterizedTest
    @MethodSource("allNames")
    void veraPdfFindsNoFailedRuleForPdfA3u(String name) throws Exception {
        assertEquals(List.of(), failedRules(name, PDFAFlavour.PDFA_3_U));
    }

    /**
     * A document carries the day its notice opened, never the time it was rendered: at midnight
     * UTC, the same in the information dictionary and in the XMP metadata (PDF/A requires them equal).
     */
    @ParameterizedTest
    @MethodSource("allNames")
    void theDatesAreTheNoticesDayInTheInformationAndTheXmp(String name) throws Exception {
        try (PDDocument pdf = open(name); InputStream metadata = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPBasicSchema xmp = parser.parse(metadata).getXMPBasicSchema();
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertEquals(0, created.get(Calendar.HOUR_OF_DAY) + created.get(Calendar.MINUTE) + created.get(Calendar.SECOND), name);
            assertEquals(0, created.get(Calendar.ZONE_OFFSET), name);
            for (Calendar date : List.of(pdf.getDocumentInformation().getModificationDate(), xmp.getCreateDate(),
                    xmp.getModifyDate(), xmp.getMetadataDate())) {
                assertEquals(created.toInstant(), date.toInstant(), name);
            }
        }
    }

    /**
     * Every artifact marks something (openhtmltopdf marks each box's background, painted or not),
     * and every marked-content property a page lists is one its content uses.
     */
    @ParameterizedTest
    @MethodSource("allNames")
    void noArtifactMarksNothingAndNoPropertyIsLeftOver(String name) throws IOException {
        try (PDDocument pdf = open(name)) {
            int artifacts = 0;
            for (PDPage page : pdf.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                Set<COSName> used = new HashSet<>();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator operator && operator.getName().equals("BDC")) {
                        if (tokens.get(i - 1) instanceof COSName property) {
                            used.add(property);
                        }
                        if (COSName.ARTIFACT.equals(tokens.get(i - 2))) {
                            artifacts++;
                            assertFalse(tokens.get(i + 1) instanceof Operator next && next.getName().equals("EMC"),
                                    name + ": an empty artifact");
                        }
                    }
                }
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                assertEquals(used, properties == null ? Set.of() : properties.keySet(), name);
            }
            assertTrue(artifacts > 0, name + ": the running header and footer, and the borders, are artifacts");
        }
    }

    /** The tags are mended after rendering; the document must still be the same bytes every build. */
    @Test
    void aSecondBuildWritesTheSamePdfs() throws IOException {
        Path again = work.resolve("again");
        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, again)).pdf();
        assertEquals(List.of(), result.problems());
        for (String name : allNames()) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.resolve(name + ".pdf")),
                    Files.readAllBytes(again.resolve(name + ".pdf"))), name + ".pdf differs");
        }
    }

    @Test
    void linksArePrintedWithTheirTargets() throws IOException {
        try (PDDocument pdf = open("protection-coordinator-tripoli-2018")) {
            assertTrue(text(pdf).contains("IOM’s workplace culture (https://www.iom.int/iom-workplace-culture)"));
        }
    }

    @Test
    void eachPageLinksItsPdfWithItsSize() throws IOException {
        for (String name : names()) {
            var link = Fixtures.page(site.resolve(name + ".html")).selectFirst("a[href=" + name + ".pdf]");
            assertNotNull(link, name);
            long kilobytes = Math.round(Files.size(site.resolve(name + ".pdf")) / 1024.0);
            assertTrue(link.parent().text().contains("(PDF, " + kilobytes + " KB)"), link.parent().text());
        }
    }

    private static List<String> failedRules(String name, PDFAFlavour flavour) throws Exception {
        return failedRules(site.resolve(name + ".pdf"), flavour);
    }

    static List<String> failedRules(Path pdf, PDFAFlavour flavour) throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct().toList();
            assertFalse(failed.isEmpty() && !result.isCompliant(), "not compliant without a failed rule");
            return failed;
        }
    }
}
