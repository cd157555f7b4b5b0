package org.vacancypress.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.extend.TextRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text measured and drawn is the text openhtmltopdf would print. */
class MeasuredTextTest {

    @Test
    void printsWhatOpenhtmltopdfPrints() throws IOException {
        List<String> texts = new ArrayList<>(GlyphWidthsTest.realNoticeLines());
        texts.addAll(List.of("", "co\u00ADordination", "\u00AD", "\uFFFC", "a\uFFFCb\u00ADc", "😀 emoji \uD83D\uDE00\u00AD",
                "\uD83D lone surrogate \uDE00", "ص\u00ADباح", "\u00AD\u00AD\uFFFC\uFFFC"));
        for (String text : texts) {
            assertEquals(TextRenderer.getEffectivePrintableString(text), MeasuredText.printable(text), text);
        }
    }
}
