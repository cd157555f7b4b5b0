package org.vacancypress.core.render.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown from notices and data files to safe HTML. flexmark renders; then an allow-list
 * sanitizer keeps only text formatting and http, https and mailto links, because flexmark
 * alone passes raw HTML and javascript:, vbscript: or data: links through. Thread-safe.
 */
public final class Markdown {

    /** Headings in notice text sit under the section's h2: levels 1 and 2 become h3. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote", "br", "hr", "del",
                    "h3", "h4", "h5", "h6")
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,4}")).onElements("ol")
            .toFactory();

    private static final Pattern ONE_PARAGRAPH = Pattern.compile("\\A<p>(.*)</p>\\s*\\z", Pattern.DOTALL);
    /**
     * What may make a line more than a plain paragraph in flexmark: inline syntax, HTML and
     * entities, autolinks, block markers at its start, line breaks, surrounding spaces. A line
     * with none of them is one paragraph of its own text.
     */
    private static final Pattern MAY_BE_MARKUP = Pattern.compile(
            "[\\\\`*_\\[\\]<>&!#~|@\\n\\r\\t]|(?i:www\\.|https?:|ftp:|mailto:)|\\A\\s|\\s\\z|\\A(?:[-+=>]|\\d+[.)])");

    /**
     * What every link the autolink extension finds starts from: a scheme's "://", "www." or an
     * e-mail address's "@", or a backslash escape or an entity that flexmark resolves into one
     * ("www\\.x.org", "www&period;x.org"). Text without any has no bare link to find.
     */
    private static final Pattern MAY_LINK = Pattern.compile("[@\\\\&]|://|(?i:www\\.)");

    /**
     * How many texts are kept with their HTML, the most recently used: an organization's
     * paragraphs print in every notice, and a notice's texts on its page and in its PDF. A few
     * hundred cover both without growing with the number of notices.
     */
    private static final int RECENT = 512;

    private final Map<String, String> recent = Collections.synchronizedMap(new LinkedHashMap<>(RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > RECENT;
        }
    });
    private final Parser parser;
    /** The same parser without the autolink extension, whose scan of every text was a tenth of a page's time. */
    private final Parser linkless;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet()
                // Raw HTML is shown as text, never interpreted; the sanitizer is the second wall.
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, " ");
        this.linkless = Parser.builder(options).build();
        this.parser = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS,
                List.of(AutolinkExtension.create()))).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Paragraphs, lists and the like. */
    public String block(String markdown) {
        if (markdown == null) {
            return rendered(null);
        }
        String html = recent.get(markdown);
        if (html == null) {
            html = rendered(markdown);
            recent.put(markdown, html);
        }
        return html;
    }

    private String rendered(String markdown) {
        // Most duties and qualifications are plain sentences: they skip flexmark's parse and
        // render, a fifth of a page's time, for the same result. Text with no bare link skips
        // the autolink scan.
        if (markdown != null && !markdown.isEmpty() && !MAY_BE_MARKUP.matcher(markdown).find()) {
            return POLICY.sanitize("<p>" + markdown + "</p>");
        }
        return render(markdown != null && MAY_LINK.matcher(markdown).find() ? parser : linkless, markdown);
    }

    /** Through flexmark with autolinks, whatever the text: the general path, and what the shortcuts must equal. */
    String byFlexmark(String markdown) {
        return render(parser, markdown);
    }

    private String render(Parser chosen, String markdown) {
        return POLICY.sanitize(renderer.render(chosen.parse(markdown))).strip();
    }

    /** One line of text, such as a list item: the paragraph around it is removed. */
    public String inline(String markdown) {
        String html = block(markdown);
        Matcher single = ONE_PARAGRAPH.matcher(html);
        return single.matches() && !single.group(1).contains("<p>") ? single.group(1).strip() : html;
    }
}
