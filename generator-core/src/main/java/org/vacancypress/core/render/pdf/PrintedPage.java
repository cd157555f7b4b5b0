package org.vacancypress.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The printable page made ready for paper and for the tags of its PDF: link addresses printed,
 * long lists of short items in columns, Latin fragments of a notice in another script marked
 * with their language, bookmarks for the sections.
 */
final class PrintedPage {

    /** A list of at least this many items, none longer than {@link #COLUMN_ITEM_LENGTH}, prints in columns. */
    private static final int COLUMN_LIST_ITEMS = 12;
    private static final int COLUMN_ITEM_LENGTH = 40;
    private static final int COLUMNS = 3;
    /** Printed addresses longer than this are shortened: a sign-in address ran to fourteen lines. */
    private static final int PRINTED_ADDRESS = 50;
    /** Latin letters, and the digits, signs and spaces between them, as in "SVN 2025/087 (NO)". */
    private static final Pattern LATIN_RUN = Pattern.compile(
            "\\(?\\p{IsLatin}(?:[\\p{IsLatin}\\d\\p{Punct} ]*[\\p{IsLatin}\\d/)])?");

    private PrintedPage() {
    }

    static Document of(String html) {
        Document page = Jsoup.parse(html);
        printLinkTargets(page);
        printLongListsInColumns(page);
        markLatinFragments(page);
        addBookmarks(page);
        return page;
    }

    /**
     * On paper a link is only its text: its address is printed after it, unless the text is the
     * address. The address stays outside the link, so the link reads as its text, which also
     * names it ({@code /Alt}); an address too long for a line is shortened, the link keeps it whole.
     */
    private static void printLinkTargets(Document page) {
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            String text = link.text().strip();
            if (!text.isEmpty() && !link.hasAttr("title")) {
                link.attr("title", text);
            }
            if (!href.startsWith("#") && !href.equals(text) && !href.equals("mailto:" + text)) {
                link.after(new Element("span").addClass("link-target").text(" (" + printedAddress(href) + ")"));
            }
        }
    }

    /** The address as printed: whole up to {@value #PRINTED_ADDRESS} characters, else its start up to a slash. */
    private static String printedAddress(String href) {
        if (href.length() <= PRINTED_ADDRESS) {
            return href;
        }
        String address = href.replaceFirst("^https?://", "");
        if (address.length() <= PRINTED_ADDRESS) {
            return address;
        }
        int cut = address.lastIndexOf('/', PRINTED_ADDRESS - 1);
        return address.substring(0, cut > 0 ? cut + 1 : PRINTED_ADDRESS - 1) + "…";
    }

    /**
     * A long list of short items (member states, say) is printed in three columns, read down
     * each column in turn, so it does not fill a page. The columns are table cells: openhtmltopdf
     * leaves multi-column text untagged and tags floats out of reading order.
     */
    private static void printLongListsInColumns(Document page) {
        for (Element list : page.body().select("ul, ol")) {
            List<Element> items = list.children().stream().filter(item -> item.tagName().equals("li")).toList();
            if (items.size() < COLUMN_LIST_ITEMS || items.size() != list.childrenSize()
                    || items.stream().anyMatch(item -> item.text().length() > COLUMN_ITEM_LENGTH || !item.select("ul, ol").isEmpty())) {
                continue;
            }
            Element columns = new Element("div").addClass("print-columns");
            int perColumn = (items.size() + COLUMNS - 1) / COLUMNS;
            for (int from = 0; from < items.size(); from += perColumn) {
                Element part = list.shallowClone();
                if (from > 0) {
                    part.removeAttr("id");
                    if (list.tagName().equals("ol")) {
                        part.attr("start", Integer.toString(from + 1));
                    }
                }
                items.subList(from, Math.min(from + perColumn, items.size())).forEach(part::appendChild);
                columns.appendElement("div").addClass("print-column").appendChild(part);
            }
            list.replaceWith(columns);
        }
    }

    /**
     * In a notice whose language is written in another script, Latin-script fragments (references,
     * addresses, names) are marked with the language the template gives them
     * ({@code data-latin-lang} on the root), so a screen reader switches voice.
     */
    private static void markLatinFragments(Document page) {
        String latin = page.selectFirst("html").attr("data-latin-lang");
        String own = page.selectFirst("html").attr("lang");
        if (latin.isEmpty() || latin.equals(own) || !otherScriptThanLatin(page.body().text())) {
            return;
        }
        for (Element element : page.body().select("*")) {
            Element marked = element.closest("[lang]");
            if (marked == null || marked.attr("lang").equals(own)) {
                for (TextNode node : List.copyOf(element.textNodes())) {
                    wrapLatinRuns(node, latin);
                }
            }
        }
    }

    private static boolean otherScriptThanLatin(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return latin * 2 < letters;
    }

    private static void wrapLatinRuns(TextNode node, String language) {
        String text = node.getWholeText();
        Matcher run = LATIN_RUN.matcher(text);
        if (!run.find()) {
            return;
        }
        List<Node> parts = new ArrayList<>();
        int from = 0;
        do {
            if (run.start() > from) {
                parts.add(new TextNode(text.substring(from, run.start())));
            }
            parts.add(new Element("span").attr("lang", language).text(run.group()));
            from = run.end();
        } while (run.find());
        if (from < text.length()) {
            parts.add(new TextNode(text.substring(from)));
        }
        for (Node part : parts) {
            node.before(part);
        }
        node.remove();
    }

    /** A bookmark per section, so readers can jump through a long notice. */
    private static void addBookmarks(Document page) {
        Element bookmarks = page.head().appendElement("bookmarks");
        for (Element heading : page.select("h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
    }
}
