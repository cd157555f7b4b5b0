package org.vacancypress.core;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read as assistive technology reads it: the structure tree in order, each
 * element's marked content as the glyphs spell it unless an {@code /ActualText} says what it is.
 */
final class TaggedReading {

    private final PDDocument document;
    private final Map<PDPage, Map<Integer, String>> marked = new HashMap<>();

    TaggedReading(PDDocument document) throws IOException {
        this.document = document;
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, texts);
            }
            marked.put(page, texts);
        }
    }

    /** The whole document's text in tag order. */
    static String text(PDDocument document) throws IOException {
        TaggedReading reading = new TaggedReading(document);
        StringBuilder text = new StringBuilder();
        for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            if (kid instanceof PDStructureElement element) {
                text.append(reading.textOf(element));
            }
        }
        return text.toString();
    }

    /** Every structure element, depth first. */
    void visit(Consumer<PDStructureElement> visitor) {
        for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            if (kid instanceof PDStructureElement element) {
                visit(element, visitor);
            }
        }
    }

    private static void visit(PDStructureElement element, Consumer<PDStructureElement> visitor) {
        visitor.accept(element);
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                visit(child, visitor);
            }
        }
    }

    String textOf(PDStructureElement element) {
        if (element.getActualText() != null) {
            return element.getActualText();
        }
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                text.append(textOf(child));
            } else if (kid instanceof Integer mcid) {
                text.append(marked.get(pageOf(element)).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage page = reference.getPage() != null ? reference.getPage() : pageOf(element);
                text.append(marked.get(page).getOrDefault(reference.getMCID(), ""));
            }
        }
        return text.toString();
    }

    private static PDPage pageOf(PDStructureElement element) {
        for (PDStructureElement e = element; e != null; e = e.getParent() instanceof PDStructureElement p ? p : null) {
            if (e.getPage() != null) {
                return e.getPage();
            }
        }
        return null;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        if (content.getMCID() >= 0) {
            texts.put(content.getMCID(), textOf(content));
        }
        for (Object part : content.getContents()) {
            if (part instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
    }

    private static String textOf(PDMarkedContent content) {
        if (content.getActualText() != null) {
            return content.getActualText();
        }
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                text.append(textOf(inner));
            }
        }
        return text.toString();
    }
}
