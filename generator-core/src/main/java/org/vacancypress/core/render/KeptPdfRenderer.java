package org.vacancypress.core.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.render.site.Logo;

/**
 * One generator's PDF renderer, made when a build first renders a PDF and kept for its next
 * builds (the preview's, one a save) while the template folder and the logo are the same:
 * making one prepares every font and draws the logo, a third of a second and more.
 */
public final class KeptPdfRenderer {

    private record Made(Optional<Path> templateDirectory, Optional<Logo> logo, PdfRenderer renderer) {

        boolean from(Optional<Path> folder, Optional<Logo> image) {
            return templateDirectory.equals(folder) && logo.map(Logo::file).equals(image.map(Logo::file))
                    && Arrays.equals(logo.map(Logo::content).orElse(null), image.map(Logo::content).orElse(null));
        }
    }

    private Made made;

    synchronized PdfRenderer of(Optional<Path> templateDirectory, Optional<Logo> logo) throws IOException {
        if (made == null || !made.from(templateDirectory, logo)) {
            made = new Made(templateDirectory, logo, new PdfRenderer(templateDirectory, logo));
        }
        return made.renderer();
    }
}
