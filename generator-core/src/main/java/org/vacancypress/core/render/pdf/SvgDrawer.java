package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.util.List;
import java.util.Set;

/**
 * Draws a document's SVG images (the organization's logo) with Batik: no script runs, and its
 * user agent refuses every resource an SVG names outside itself (an image, another document, a
 * style sheet: {@code http:}, {@code file:}, any scheme but {@code data:}, whose content is in the
 * SVG, as a design tool embeds a picture). The text of an SVG is set in the embedded faces, made
 * once for every document, rather than in faces read again for each.
 */
final class SvgDrawer extends BatikSVGDrawer {

    private final OpenHtmlFontResolver fonts;

    SvgDrawer(OpenHtmlFontResolver fonts) {
        super(SvgScriptMode.SECURE, Set.of("data"));
        this.fonts = fonts;
    }

    /** The page's own {@code @font-face} rules are not SVG's: its text has the embedded faces alone. */
    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        this.fontResolver = fonts;
    }
}
