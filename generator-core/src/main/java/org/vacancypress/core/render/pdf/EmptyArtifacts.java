package org.vacancypress.core.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Takes out the background artifacts that paint nothing, and compresses each page's content.
 *
 * <p>openhtmltopdf marks the background and border of every box as an artifact, with its
 * bounding box in the page's resources, whether or not the box has a background or a border
 * (it takes any box for one with a background image). A notice's six pages held about 830 of
 * them, half the objects of its PDF; writing them was a fifth of the document's time. Those
 * that mark nothing, or only other artifacts that mark nothing, are removed with their
 * resources; the ones that paint a border stay.
 *
 * <p>The content is read as PDFBox writes it: one operator a line, its operands before it on the
 * line, each line ending in a line feed, and no line feed inside a string (PDFBox writes a string
 * holding one in hexadecimal). So a marked-content sequence opens with a line ending in
 * {@code BDC} or {@code BMC} and closes with the line {@code EMC}, and one page is read in a
 * single pass over its bytes (a regular expression run until nothing changed was a twentieth of
 * a PDF's time).
 */
final class EmptyArtifacts {

    private static final byte[] ARTIFACT = "/Artifact /".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PROPERTY = "Prop".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BDC = " BDC".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BMC = " BMC".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMC = "EMC".getBytes(StandardCharsets.US_ASCII);

    private EmptyArtifacts() {
    }

    /** @param document its pages' content not yet compressed */
    static void remove(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            byte[] content;
            try (InputStream in = page.getContents()) {
                content = in.readAllBytes();
            }
            Kept kept = kept(content);
            kept.removed().removeAll(kept.used());
            if (!kept.removed().isEmpty()) {
                COSDictionary resources = page.getResources().getCOSObject();
                COSDictionary properties = resources.getCOSDictionary(COSName.PROPERTIES);
                if (properties != null) {
                    // One dictionary made again, where removing each name searched all the page's.
                    COSDictionary rest = new COSDictionary();
                    properties.forEach((name, value) -> {
                        if (!kept.removed().contains(name.getName())) {
                            rest.setItem(name, value);
                        }
                    });
                    resources.setItem(COSName.PROPERTIES, rest);
                }
            }
            page.setContents(new PDStream(document, new ByteArrayInputStream(kept.content(), 0, kept.length()),
                    COSName.FLATE_DECODE));
        }
    }

    /**
     * The content without its empty artifacts.
     *
     * @param removed the property names of the artifacts taken out
     * @param used the property names of the marked content kept
     */
    private record Kept(byte[] content, int length, Set<String> removed, Set<String> used) {
    }

    /**
     * An open marked-content sequence.
     *
     * @param start where its line starts in the kept content
     * @param end where its line ends in the kept content, after the line feed
     * @param property its property name, or null
     * @param artifact whether it is an artifact named by its property alone, {@code /Artifact /PropN BDC}
     */
    private record Open(int start, int end, String property, boolean artifact) {
    }

    private static Kept kept(byte[] content) {
        byte[] kept = new byte[content.length];
        int length = 0;
        Set<String> removed = new HashSet<>();
        Set<String> used = new HashSet<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int line = 0; line < content.length; ) {
            int end = line;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, content.length);
            Open opened = null;
            // BDC, BMC and EMC all end in C, as few other lines do.
            boolean marking = end > line && content[end - 1] == 'C';
            if (marking && is(content, line, end, EMC) && !open.isEmpty()) {
                Open closed = open.pop();
                if (closed.artifact() && length == closed.end()) {
                    // Nothing was kept since the artifact began: it marks nothing.
                    removed.add(closed.property());
                    length = closed.start();
                    line = next;
                    continue;
                }
                if (closed.property() != null) {
                    used.add(closed.property());
                }
            } else if (marking && (endsWith(content, line, end, BDC) || endsWith(content, line, end, BMC))) {
                int name = propertyName(content, line, end);
                String property = name < 0 ? null : new String(content, name, end - BDC.length - name, StandardCharsets.US_ASCII);
                opened = new Open(length, length + next - line, property,
                        property != null && name == line + ARTIFACT.length && startsWith(content, line, end, ARTIFACT));
            }
            System.arraycopy(content, line, kept, length, next - line);
            length += next - line;
            line = next;
            if (opened != null) {
                open.push(opened);
            }
        }
        open.forEach(unclosed -> {
            if (unclosed.property() != null) {
                used.add(unclosed.property());
            }
        });
        return new Kept(kept, length, removed, used);
    }

    /** Where the property name of a line {@code /Tag /PropN BDC} starts, after its slash; -1 for any other line. */
    private static int propertyName(byte[] content, int line, int end) {
        int name = end - BDC.length;
        while (name > line && content[name - 1] != '/') {
            name--;
        }
        if (name == line || !startsWith(content, name, end - BDC.length, PROPERTY) || name + PROPERTY.length == end - BDC.length) {
            return -1;
        }
        for (int digit = name + PROPERTY.length; digit < end - BDC.length; digit++) {
            if (content[digit] < '0' || content[digit] > '9') {
                return -1;
            }
        }
        return name;
    }

    private static boolean is(byte[] content, int from, int to, byte[] text) {
        return to - from == text.length && startsWith(content, from, to, text);
    }

    private static boolean startsWith(byte[] content, int from, int to, byte[] text) {
        return to - from >= text.length && Arrays.equals(content, from, from + text.length, text, 0, text.length);
    }

    private static boolean endsWith(byte[] content, int from, int to, byte[] text) {
        return to - from >= text.length && Arrays.equals(content, to - text.length, to, text, 0, text.length);
    }
}
