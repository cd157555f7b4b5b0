package org.vacancypress.core.render.typography;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typographic conventions of a page's language applied to its text when it is rendered,
 * so that the web page and the PDF made from the same HTML both show them and no source file
 * changes: in French, a narrow no-break space before {@code : ; ! ?} and inside « », and the
 * typographic apostrophe in elisions (l’accès). Only text is touched: tags, attributes, scripts
 * and styles pass through, and an element in another language ({@code lang="en"}) keeps its own.
 */
public final class Typography {

    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--.*?-->|<![^>]*>",
            Pattern.DOTALL);
    private static final Pattern FRENCH = Pattern.compile("lang=[\"']?fr");
    private static final Pattern LANG = Pattern.compile("\\slang\\s*=\\s*[\"']?([a-zA-Z-]+)");
    /** Spaces, or none after a letter, before a high mark ending a word: "Lieu :", "Lieu:" but not "23:59" or "https:". */
    private static final Pattern BEFORE_HIGH_MARK = Pattern.compile(
            "(?:[ \\u00A0\\u202F]+|(?<=\\p{L}|»|\\)))([!?]|(?<!&#?[a-zA-Z0-9]{1,31});|:(?!//))(?=[\\s<»)]|&nbsp;|$)");
    private static final Pattern AFTER_OPENING_GUILLEMET = Pattern.compile("«(?:[ \\u00A0\\u202F]|&nbsp;)*");
    private static final Pattern BEFORE_CLOSING_GUILLEMET = Pattern.compile("(?:[ \\u00A0\\u202F]|&nbsp;)*»");
    /** A straight apostrophe, as text or as the entity the templates' escaping writes, between letters. */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})(?:'|&#39;|&#x27;|&apos;)(?=\\p{L})");

    private Typography() {
    }

    /** The HTML with its French text set as French is set; other languages' HTML as it was. */
    public static String apply(String html) {
        if (!FRENCH.matcher(html).find()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        Deque<Element> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            boolean french = !open.isEmpty() && open.peek().french();
            out.append(french ? french(html.substring(at, tag.start())) : html.substring(at, tag.start()));
            out.append(tag.group());
            at = tag.end();
            if (tag.group(2) == null) {
                continue;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!tag.group(1).isEmpty()) {
                close(open, name);
            } else if (name.equals("script") || name.equals("style")) {
                int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, at);
                int to = end < 0 ? html.length() : end;
                out.append(html, at, to);
                at = to;
                tag.region(to, html.length());
            } else if (!VOID.contains(name) && !tag.group(3).endsWith("/")) {
                Matcher lang = LANG.matcher(tag.group(3));
                open.push(new Element(name, lang.find() ? lang.group(1).toLowerCase(Locale.ROOT).startsWith("fr") : french));
            }
        }
        boolean french = !open.isEmpty() && open.peek().french();
        out.append(french ? french(html.substring(at)) : html.substring(at));
        return out.toString();
    }

    private record Element(String name, boolean french) {
    }

    /** Closes the element and any left open inside it; a close tag that opened nothing is ignored. */
    private static void close(Deque<Element> open, String name) {
        if (open.stream().anyMatch(element -> element.name().equals(name))) {
            while (!open.pop().name().equals(name)) {
                // elements left open inside it end with it
            }
        }
    }

    /** One run of French text, between two tags. */
    static String french(String text) {
        if (text.isBlank()) {
            return text;
        }
        String set = BEFORE_HIGH_MARK.matcher(text).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
        set = AFTER_OPENING_GUILLEMET.matcher(set).replaceAll("«" + NARROW_NO_BREAK_SPACE);
        set = BEFORE_CLOSING_GUILLEMET.matcher(set).replaceAll(NARROW_NO_BREAK_SPACE + "»");
        return APOSTROPHE.matcher(set).replaceAll("’");
    }
}
