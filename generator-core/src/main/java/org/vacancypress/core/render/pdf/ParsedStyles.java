package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.context.StylesheetFactoryImpl;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.extend.NamespaceHandler;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import com.openhtmltopdf.util.ThreadCtx;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Document;

/**
 * The printable page's style sheets, parsed once for every document that has the same ones:
 * openhtmltopdf parses a page's {@code <style>} again for each document, 2 to 3 % of a PDF's
 * time, though every notice of a build prints with the same sheet.
 *
 * <p>A parsed sheet is shared by the documents rendering at once, as openhtmltopdf shares its own
 * default sheet. The cascade numbers each rule by its place among all the page's sheets, so a
 * sheet is kept only with the very sheets it came with, and only when all of them are written in
 * the page: a linked file is not known by its text, which may change.
 */
final class ParsedStyles {

    /** Enough for a build's few templates; a page whose styles change each time clears it now and then. */
    private static final int KEPT = 16;

    private final String baseUri;
    /** By the text of each of a page's sheets, in order. */
    private final Map<List<String>, List<Stylesheet>> kept = new ConcurrentHashMap<>();

    /** @param baseUri the base of every page rendered, which the address of a page's own sheet starts with */
    ParsedStyles(String baseUri) {
        this.baseUri = baseUri;
    }

    /** Reads one document's style sheets; a handler holds a document's state, so each document gets its own. */
    NamespaceHandler handler() {
        return new XhtmlNamespaceHandler() {
            @Override
            public StylesheetInfo[] getStylesheets(Document document) {
                return kept(super.getStylesheets(document));
            }
        };
    }

    private StylesheetInfo[] kept(StylesheetInfo[] sheets) {
        List<String> texts = new ArrayList<>(sheets.length);
        for (StylesheetInfo sheet : sheets) {
            if (!sheet.isInline()) {
                return sheets;
            }
            texts.add(sheet.getContent());
        }
        List<Stylesheet> parsed = kept.get(texts);
        if (parsed == null) {
            parsed = parsed(sheets);
            if (parsed == null) {
                return sheets;
            }
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(List.copyOf(texts), parsed);
        }
        for (int i = 0; i < sheets.length; i++) {
            sheets[i].setUri(address(i));
            sheets[i].setStylesheet(parsed.get(i));
            // No longer inline, so openhtmltopdf takes the sheet as it is.
            sheets[i].setContent(null);
        }
        return sheets;
    }

    /**
     * The sheets as openhtmltopdf parses them, at the same addresses; null when they name
     * destinations to create ({@code -fs-named-destination}), which parsing marks on the document.
     */
    private List<Stylesheet> parsed(StylesheetInfo[] sheets) {
        List<Stylesheet> parsed = new ArrayList<>(sheets.length);
        StylesheetFactoryImpl parser = new StylesheetFactoryImpl(null);
        for (int i = 0; i < sheets.length; i++) {
            StylesheetInfo sheet = new StylesheetInfo();
            sheet.setUri(address(i));
            sheet.setOrigin(sheets[i].getOrigin());
            parsed.add(parser.parse(new StringReader(sheets[i].getContent()), sheet));
        }
        return ThreadCtx.get().sharedContext().isUsingFsNamedDestination() ? null : List.copyOf(parsed);
    }

    private String address(int index) {
        return baseUri + "#inline_style_" + (index + 1);
    }
}
