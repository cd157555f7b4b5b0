package org.vacancypress.core.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * that mark nothing are removed with their resources; the ones that paint a border stay.
 *
 * <p>The content is read as PDFBox writes it: one operator a line, each line ending in a line
 * feed, and no line feed inside a string (PDFBox writes a string holding one in hexadecimal),
 * so an empty artifact is exactly the two lines matched, starting a line.
 */
final class EmptyArtifacts {

    private static final Pattern EMPTY = Pattern.compile("^/Artifact /(Prop\\d+) BDC\nEMC\n", Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern USED = Pattern.compile("/(Prop\\d+) BDC\n");

    private EmptyArtifacts() {
    }

    /** @param document its pages' content not yet compressed */
    static void remove(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            String content;
            try (InputStream in = page.getContents()) {
                content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            Set<String> removed = new HashSet<>();
            String kept = content;
            for (String previous = null; !kept.equals(previous); ) {
                previous = kept;
                Matcher empty = EMPTY.matcher(previous);
                StringBuilder rest = new StringBuilder(previous.length());
                while (empty.find()) {
                    removed.add(empty.group(1));
                    empty.appendReplacement(rest, "");
                }
                kept = empty.appendTail(rest).toString();
            }
            Matcher used = USED.matcher(kept);
            while (used.find()) {
                removed.remove(used.group(1));
            }
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                removed.forEach(name -> properties.removeItem(COSName.getPDFName(name)));
            }
            page.setContents(new PDStream(document, new ByteArrayInputStream(kept.getBytes(StandardCharsets.ISO_8859_1)),
                    COSName.FLATE_DECODE));
        }
    }
}
