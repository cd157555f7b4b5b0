package org.vacancypress.core.render;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.render.site.Logo;

/** A generator's builds share one PDF renderer while what it was made from stays the same, and only then. */
class KeptPdfRendererTest {

    private static Optional<Logo> logo(String colour) {
        return Optional.of(Logo.of("_data/logo.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/></svg>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameFolderAndLogoGiveTheSameRendererAndAChangedLogoANewOne() throws Exception {
        KeptPdfRenderer kept = new KeptPdfRenderer();
        PdfRenderer first = kept.of(Optional.empty(), logo("#0b4f8a"));
        assertSame(first, kept.of(Optional.empty(), logo("#0b4f8a")), "an equal logo read again");
        PdfRenderer recoloured = kept.of(Optional.empty(), logo("#ff0000"));
        assertNotSame(first, recoloured, "the logo's file changed");
        assertNotSame(recoloured, kept.of(Optional.of(Path.of("templates")), logo("#ff0000")), "another template folder");
        assertNotSame(first, kept.of(Optional.empty(), Optional.empty()), "no logo any more");
    }
}
