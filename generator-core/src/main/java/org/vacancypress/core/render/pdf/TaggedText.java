package org.vacancypress.core.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Mends the tag structure openhtmltopdf writes, so that reading the tags in order gives the text
 * as written: each right-to-left run is a {@code Span} whose {@code /ActualText} is its logical
 * text (the glyphs are drawn reversed and shaped), a right-to-left list number reads "1." rather
 * than its mirror, a link broken over two lines is one {@code Link} element rather than two
 * ({@link SplitLinks}), and references to content are written inside the elements they belong to.
 */
final class TaggedText {

    static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName LABEL = COSName.getPDFName("Lbl");
    static final COSName MCR = COSName.getPDFName("MCR");

    private TaggedText() {
    }

    static void mend(PDDocument document, LogicalRuns runs) throws IOException {
        COSDictionary root = document.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
        Map<Integer, COSBase> parents = new HashMap<>();
        numberTree(root.getCOSDictionary(COSName.PARENT_TREE), parents);
        if (!runs.isEmpty()) {
            Map<COSDictionary, Map<Integer, String>> logical = new IdentityHashMap<>();
            for (PDPage page : document.getPages()) {
                COSBase pageParents = parents.get(page.getCOSObject().getInt(COSName.STRUCT_PARENTS));
                if (pageParents instanceof COSArray array) {
                    logical.put(page.getCOSObject(), logicalTexts(page, runs, array));
                }
            }
            attachLogicalTexts(root, null, logical, parents);
        }
        SplitLinks.join(root, parents);
        inlineReferences(root);
    }

    /**
     * Writes the references from the tags to marked content on another page ({@code MCR}) and
     * to annotations ({@code OBJR}) inside the element that holds them, where PDFBox would make
     * each an object of its own: a third of a notice's objects, which nothing else refers to.
     */
    private static void inlineReferences(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                inlineReference(kids.getObject(i));
            }
        } else if (k != null) {
            inlineReference(k);
        }
    }

    private static void inlineReference(COSBase kid) {
        if (kid instanceof COSDictionary child) {
            if (child.containsKey(COSName.S)) {
                inlineReferences(child);
            } else if (MCR.equals(child.getCOSName(COSName.TYPE)) || COSName.OBJR.equals(child.getCOSName(COSName.TYPE))) {
                child.setDirect(true);
            }
        }
    }

    /**
     * The logical text of each marked run of the page that is drawn in another order, by its
     * marked-content number. The content stream is only read: a viewer extracting text by
     * position (pdftotext, search) orders the glyphs itself, and would reverse an
     * {@code /ActualText} in the content once more.
     */
    private static Map<Integer, String> logicalTexts(PDPage page, LogicalRuns runs, COSArray pageParents)
            throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        PDResources resources = page.getResources();
        Map<Integer, String> logical = new HashMap<>();
        PDFont font = null;
        COSDictionary marked = null;
        int nested = 0;
        StringBuilder drawn = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator operator)) {
                continue;
            }
            switch (operator.getName()) {
                case "BDC", "BMC" -> {
                    if (marked != null) {
                        nested++;
                    } else if (tokens.get(i - 1) instanceof COSDictionary properties && properties.containsKey(MCID)) {
                        marked = properties;
                        drawn.setLength(0);
                    }
                }
                case "EMC" -> {
                    if (nested > 0) {
                        nested--;
                    } else if (marked != null) {
                        int mcid = marked.getInt(MCID);
                        logicalText(drawn.toString(), runs, isLabel(pageParents, mcid))
                                .ifPresent(text -> logical.put(mcid, text));
                        marked = null;
                    }
                }
                case "Tf" -> font = resources.getFont((COSName) tokens.get(i - 2));
                case "Tj", "'", "\"" -> drawn.append(decode(font, (COSString) tokens.get(i - 1)));
                case "TJ" -> {
                    for (COSBase part : (COSArray) tokens.get(i - 1)) {
                        if (part instanceof COSString string) {
                            drawn.append(decode(font, string));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return logical;
    }

    private static Optional<String> logicalText(String drawn, LogicalRuns runs, boolean label) {
        Optional<String> logical = runs.logicalOf(drawn).filter(text -> !text.equals(drawn));
        if (logical.isEmpty() && label) {
            // openhtmltopdf draws a right-to-left list number as "  .1", the mirror of "1.".
            String number = drawn.strip();
            return number.startsWith(".") ? Optional.of(number.substring(1) + ".") : Optional.empty();
        }
        return logical;
    }

    /**
     * Each marked run with a logical text becomes a {@code Span} of its own carrying it as
     * {@code /ActualText}, in the place the run had in its element.
     */
    private static void attachLogicalTexts(COSDictionary element, COSBase inheritedPage,
            Map<COSDictionary, Map<Integer, String>> logical, Map<Integer, COSBase> parents) {
        COSBase page = element.containsKey(COSName.PG) ? element.getDictionaryObject(COSName.PG) : inheritedPage;
        COSBase k = element.getDictionaryObject(COSName.K);
        COSArray kids = k instanceof COSArray array ? array : null;
        int count = kids != null ? kids.size() : k != null ? 1 : 0;
        for (int i = 0; i < count; i++) {
            COSBase kid = kids != null ? kids.getObject(i) : k;
            if (kid instanceof COSDictionary child && child.containsKey(COSName.S)) {
                attachLogicalTexts(child, page, logical, parents);
                continue;
            }
            COSBase kidPage = page;
            int mcid = -1;
            if (kid instanceof COSInteger number) {
                mcid = number.intValue();
            } else if (kid instanceof COSDictionary reference && MCR.equals(reference.getCOSName(COSName.TYPE))) {
                mcid = reference.getInt(MCID);
                kidPage = reference.containsKey(COSName.PG) ? reference.getDictionaryObject(COSName.PG) : page;
            }
            String text = kidPage instanceof COSDictionary pageDictionary && logical.containsKey(pageDictionary)
                    ? logical.get(pageDictionary).get(mcid) : null;
            if (text != null) {
                COSDictionary span = new COSDictionary();
                span.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
                span.setItem(COSName.S, COSName.getPDFName("Span"));
                span.setItem(COSName.P, element);
                span.setItem(COSName.PG, kidPage);
                span.setInt(COSName.K, mcid);
                span.setString(COSName.ACTUAL_TEXT, text);
                if (kids != null) {
                    kids.set(i, span);
                } else {
                    element.setItem(COSName.K, span);
                }
                if (parents.get(((COSDictionary) kidPage).getInt(COSName.STRUCT_PARENTS)) instanceof COSArray pageParents) {
                    pageParents.set(mcid, span);
                }
            }
        }
    }

    private static boolean isLabel(COSArray pageParents, int mcid) {
        return mcid >= 0 && mcid < pageParents.size()
                && pageParents.getObject(mcid) instanceof COSDictionary element
                && LABEL.equals(element.getCOSName(COSName.S));
    }

    private static String decode(PDFont font, COSString string) throws IOException {
        StringBuilder text = new StringBuilder();
        if (font == null) {
            return "";
        }
        InputStream codes = new ByteArrayInputStream(string.getBytes());
        while (codes.available() > 0) {
            String unicode = font.toUnicode(font.readCode(codes));
            if (unicode != null) {
                text.append(unicode);
            }
        }
        return text.toString();
    }

    /** Every entry of a number tree, its kids' included. */
    private static void numberTree(COSDictionary node, Map<Integer, COSBase> entries) {
        if (node == null) {
            return;
        }
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                entries.put(((COSInteger) nums.getObject(i)).intValue(), nums.getObject(i + 1));
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (COSBase kid : kids) {
                numberTree((COSDictionary) (kid instanceof COSObject object ? object.getObject() : kid), entries);
            }
        }
    }
}
