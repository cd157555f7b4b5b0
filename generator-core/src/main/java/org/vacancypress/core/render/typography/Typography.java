package org.vacancypress.core.render.typography;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
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
        StringWriter out = new StringWriter(html.length() + 64);
        try (Writer set = writer(out)) {
            set.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A writer that sets the HTML written to it as {@link #apply} does and passes it on to
     * {@code out}, a run of text as soon as the tags around it are written: a page never whole
     * in memory. Closing it passes on the rest and flushes {@code out}, which stays open.
     */
    public static Writer writer(Writer out) {
        return new Setter(out);
    }

    private static final class Setter extends Writer {
        /** Text is set once this much waits: a run of text is set whole, so the tags around it must have come. */
        private static final int CHUNK = 1 << 13;
        /**
         * What must wait before the next try: twice what waited after a try, so that a long run
         * of text is read again only as often as it doubles (in linear time, not quadratic).
         */
        private int threshold = CHUNK;
        private final Writer out;
        private final StringBuilder pending = new StringBuilder();
        private final Deque<Element> open = new ArrayDeque<>();
        /** The end tag ({@code </script}) awaited inside a script or style, whose text passes untouched. */
        private Optional<String> rawUntil = Optional.empty();

        Setter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            pending.append(chars, offset, length);
            if (pending.length() >= threshold) {
                set(false);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            pending.append(text, offset, offset + length);
            if (pending.length() >= threshold) {
                set(false);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            set(true);
            out.flush();
        }

        /** Passes on what waits, up to the last tag whole; at the {@code end}, all of it. */
        private void set(boolean end) throws IOException {
            int at = 0;
            Matcher tag = TAG.matcher(pending);
            while (true) {
                if (rawUntil.isPresent()) {
                    int to = indexOfIgnoringCase(rawUntil.get(), at);
                    if (to < 0) {
                        // The end tag may be arriving: keep what could be its start.
                        to = end ? pending.length() : Math.max(at, pending.length() - rawUntil.get().length() + 1);
                        out.append(pending, at, to);
                        at = to;
                        break;
                    }
                    out.append(pending, at, to);
                    at = to;
                    rawUntil = Optional.empty();
                }
                tag.region(at, pending.length());
                // A comment's start read as a tag may be a comment whose end has not come yet.
                if (!tag.find() || !end && tag.group().startsWith("<!--") && !tag.group().endsWith("-->")) {
                    break;
                }
                boolean french = !open.isEmpty() && open.peek().french();
                String text = pending.substring(at, tag.start());
                out.append(french ? french(text) : text).append(tag.group());
                at = tag.end();
                if (tag.group(2) == null) {
                    continue;
                }
                String name = tag.group(2).toLowerCase(Locale.ROOT);
                if (!tag.group(1).isEmpty()) {
                    Typography.close(open, name);
                } else if (name.equals("script") || name.equals("style")) {
                    rawUntil = Optional.of("</" + name);
                } else if (!VOID.contains(name) && !tag.group(3).endsWith("/")) {
                    Matcher lang = LANG.matcher(tag.group(3));
                    open.push(new Element(name, lang.find() ? lang.group(1).toLowerCase(Locale.ROOT).startsWith("fr")
                            : french));
                }
            }
            if (end) {
                boolean french = !open.isEmpty() && open.peek().french();
                String text = pending.substring(at);
                out.append(french ? french(text) : text);
                at = pending.length();
            }
            pending.delete(0, at);
            threshold = Math.max(CHUNK, 2 * pending.length());
        }

        private int indexOfIgnoringCase(String wanted, int from) {
            for (int i = from; i + wanted.length() <= pending.length(); i++) {
                if (pending.charAt(i) == '<' && pending.substring(i, i + wanted.length()).equalsIgnoreCase(wanted)) {
                    return i;
                }
            }
            return -1;
        }
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
