package org.vacancypress.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A page's style sheet parsed once serves every document with the same sheet, and no other. */
class ParsedStylesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    private static String page(String color) {
        return "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>Styled</title>"
                + "<meta name=\"subject\" content=\"A styled page\"><style>p { color: " + color + " }</style></head>"
                + "<body><main><h1>Styled</h1><p>Coloured text.</p></main></body></html>";
    }

    @Test
    void eachPagePrintsWithItsOwnSheet() throws IOException {
        PdfRenderer renderer = new PdfRenderer(Optional.empty(), Optional.empty());
        byte[] red = renderer.render(page("#ff0000"), DAY);
        byte[] blue = renderer.render(page("#0000ff"), DAY);
        byte[] redAgain = renderer.render(page("#ff0000"), DAY);

        assertTrue(paints(red, "1 0 0 rg"), "red text");
        assertFalse(paints(red, "0 0 1 rg"));
        assertTrue(paints(blue, "0 0 1 rg"), "the second sheet's blue, not the first's red");
        assertFalse(paints(blue, "1 0 0 rg"));
        assertArrayEquals(red, redAgain, "the kept sheet prints as the sheet parsed for the first page");
        assertArrayEquals(red, new PdfRenderer(Optional.empty(), Optional.empty()).render(page("#ff0000"), DAY),
                "a renderer of its own prints the same");
    }

    private static boolean paints(byte[] pdf, String operator) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); InputStream content = document.getPage(0).getContents()) {
            return new String(content.readAllBytes(), StandardCharsets.ISO_8859_1).contains(operator);
        }
    }
}
