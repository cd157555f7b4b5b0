package org.vacancypress.core.load;

import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vacancypress.core.problem.Location;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an SVG logo for what would make it draw otherwise than it shows: a root other than
 * SVG's {@code <svg>}, a reference outside the file (an image, another document, a style
 * sheet), or to an element it does not have. A browser showing an SVG as an image loads none of these and the PDF renderer loads
 * nothing from outside, so what they name would be missing everywhere; the file is the logo
 * whole or the build says where it is not.
 */
final class SvgLogo extends DefaultHandler {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";
    /** {@code url(...)} and {@code @import "..."} in style: what they name, quoted or not. */
    private static final Pattern STYLE_REFERENCE = Pattern.compile(
            "(?:url\\(\\s*['\"]?|@import\\s+['\"])\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLESHEET_HREF = Pattern.compile("href\\s*=\\s*['\"]([^'\"]*)");

    private final String display;
    private Locator locator;
    private boolean root = true;
    private StringBuilder style;
    private Optional<Problem> problem = Optional.empty();
    private final Set<String> ids = new HashSet<>();
    /** The fragments the file refers to ({@code #gradient}), with where, in the order they come. */
    private final Map<String, Location> fragments = new LinkedHashMap<>();

    record Problem(Location location, String message) {
    }

    SvgLogo(String display) {
        this.display = display;
    }

    /** The first thing wrong with the logo, if any. */
    Optional<Problem> problem() {
        return problem;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    /** A DTD the file names is not read: the logo is the file alone. */
    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
        return new InputSource(new StringReader(""));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (root && !(SVG_NAMESPACE.equals(uri) && "svg".equals(localName))) {
            report("the logo is not an SVG image: its root element is <" + qName + ">, not <svg xmlns=\""
                    + SVG_NAMESPACE + "\">");
        }
        root = false;
        for (int i = 0; i < attributes.getLength(); i++) {
            String value = attributes.getValue(i);
            if ("id".equals(attributes.getLocalName(i))) {
                ids.add(value);
            }
            boolean link = "href".equals(attributes.getLocalName(i))
                    && (attributes.getURI(i).isEmpty() || XLINK_NAMESPACE.equals(attributes.getURI(i)));
            // A hyperlink (<a href>) is followed by a reader, not loaded.
            if (link && !"a".equals(localName)) {
                reference(value.strip());
            } else if (!link) {
                styleReferences(value);
            }
        }
        if ("style".equals(localName)) {
            style = new StringBuilder();
        }
    }

    /** A style sheet linked by {@code <?xml-stylesheet href="..."?>} is outside the file, whatever it names. */
    @Override
    public void processingInstruction(String target, String data) {
        if ("xml-stylesheet".equals(target)) {
            Matcher href = STYLESHEET_HREF.matcher(data);
            reportOutside(href.find() ? href.group(1) : data);
        }
    }

    @Override
    public void characters(char[] text, int start, int length) {
        if (style != null) {
            style.append(text, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (style != null) {
            styleReferences(style.toString());
            style = null;
        }
    }

    private void styleReferences(String css) {
        Matcher reference = STYLE_REFERENCE.matcher(css);
        while (reference.find()) {
            reference(reference.group(1));
        }
    }

    /**
     * Batik draws no SVG with a broken reference, where a browser draws the rest: a fragment of
     * the file must name one of its elements.
     */
    @Override
    public void endDocument() {
        fragments.entrySet().stream().filter(fragment -> !ids.contains(fragment.getKey().substring(1))).findFirst()
                .ifPresent(broken -> report(broken.getValue(), "the logo refers to '" + Location.printable(broken.getKey())
                        + "', but none of its elements has that id: the PDF renderer draws no logo with a broken"
                        + " reference; give the element that id, or remove the reference"));
    }

    private void reference(String reference) {
        if (reference.startsWith("#")) {
            fragments.putIfAbsent(reference, here());
        } else if (outside(reference)) {
            reportOutside(reference);
        }
    }

    /** Anything but content written into the file ({@code data:}); fragments are taken first. */
    private static boolean outside(String reference) {
        return !reference.regionMatches(true, 0, "data:", 0, "data:".length());
    }

    private void reportOutside(String reference) {
        report("the logo names '" + Location.printable(reference) + "', outside itself: neither a browser showing the"
                + " site's logo nor the PDF renderer loads it; draw it in the SVG, embed it as a data: address, or"
                + " remove the reference");
    }

    private void report(String message) {
        report(here(), message);
    }

    private void report(Location location, String message) {
        if (problem.isEmpty()) {
            problem = Optional.of(new Problem(location, message));
        }
    }

    private Location here() {
        return new Location(display, Math.max(1, locator.getLineNumber()), Math.max(1, locator.getColumnNumber()));
    }
}
