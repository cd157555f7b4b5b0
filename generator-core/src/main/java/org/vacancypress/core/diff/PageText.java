package org.vacancypress.core.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a candidate reads on a notice page: its facts (title, reference, open or closed, the
 * labelled facts of its header, its dates) and the sentences of the rest, in order.
 *
 * @param facts label (as the page words it) to value
 */
record PageText(Map<String, String> facts, List<String> sentences) {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, caption, blockquote, pre";
    /** A sentence ends at a full stop, question or exclamation mark followed by a space and a capital or digit. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟。])\\s+(?=[\\p{Lu}\\p{Lo}\\d\"“«(])");

    PageText {
        // In the page's order, which the report keeps.
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        sentences = List.copyOf(sentences);
    }

    static PageText read(Path page) throws IOException {
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        Element article = document.selectFirst("main article");
        if (article == null) {
            article = document.body();
        }
        Map<String, String> facts = new LinkedHashMap<>();
        Element header = article.selectFirst("header");
        if (header != null) {
            put(facts, "Title", header.selectFirst("h1"));
            put(facts, "Reference", header.selectFirst(".notice-kind"));
            facts.put("Status", header.selectFirst(".status-closed") == null ? "open" : "closed");
            for (Element term : header.select("dl dt")) {
                Element value = term.nextElementSibling();
                if (value != null && value.nameIs("dd")) {
                    facts.put(term.text(), value.text());
                }
            }
            header.remove();
        }
        for (Element actions : article.select("aside")) {
            put(facts, "Dates", actions.selectFirst(".dates"));
            actions.remove();
        }
        List<String> sentences = new ArrayList<>();
        for (Element block : article.select(BLOCKS)) {
            // A block holding other blocks is read through them (select counts the block itself).
            if (block.select(BLOCKS).size() > 1) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(block.text())) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return new PageText(facts, sentences);
    }

    private static void put(Map<String, String> facts, String label, Element element) {
        if (element != null) {
            facts.put(label, element.text());
        }
    }
}
