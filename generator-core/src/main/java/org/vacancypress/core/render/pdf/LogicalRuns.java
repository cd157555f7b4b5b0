package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ICU's reordering of right-to-left text, remembering each run it turns into visual order. A PDF
 * draws an Arabic run as shaped glyphs from left to right; the run's logical text, as written,
 * is what a screen reader, a search or a copy must get, so {@link TaggedText} attaches it.
 *
 * <p>Runs are found again by their text as the PDF's glyphs spell it, compared in compatibility
 * form: a font may map a presentation form and its letter to one glyph.
 */
final class LogicalRuns implements BidiReorderer {

    private final ICUBidiReorderer icu = new ICUBidiReorderer();
    private final Map<String, String> logicalByVisual = new HashMap<>();

    @Override
    public String reorderRTLTextToLTR(String shaped) {
        String visual = icu.reorderRTLTextToLTR(shaped);
        logicalByVisual.put(key(visual), icu.deshapeText(shaped));
        return visual;
    }

    @Override
    public String shapeText(String text) {
        return icu.shapeText(text);
    }

    @Override
    public String deshapeText(String text) {
        return icu.deshapeText(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** The logical text of a run drawn as these glyphs, if it was reordered. */
    Optional<String> logicalOf(String drawn) {
        return Optional.ofNullable(logicalByVisual.get(key(drawn)));
    }

    boolean isEmpty() {
        return logicalByVisual.isEmpty();
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
