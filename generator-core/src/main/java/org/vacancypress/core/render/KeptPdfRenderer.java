package org.vacancypress.core.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.render.site.Logo;

/**
 * One generator's PDF renderer, made when a build first renders a PDF and kept for its next
 * builds (the preview's, one a save) while the template folder and the logo are the same:
 * making one prepares every font and draws the logo, a third of a second and more.
 *
 * <p>A build that will render PDFs may have it made early, on a thread of its own: a cold JVM
 * spends about a second of CPU loading and first running the PDF libraries' code, which then
 * overlaps the loading of the notices instead of following it.
 */
public final class KeptPdfRenderer {

    private record Made(Optional<Path> templateDirectory, Optional<Logo> logo, PdfRenderer renderer) {

        boolean from(Optional<Path> folder, Optional<Logo> image) {
            return templateDirectory.equals(folder) && logo.map(Logo::file).equals(image.map(Logo::file))
                    && Arrays.equals(logo.map(Logo::content).orElse(null), image.map(Logo::content).orElse(null));
        }
    }

    /** The renderer made or being made; null until a build wants one. */
    private CompletableFuture<Made> made;

    /**
     * Starts making the renderer on a thread of its own, unless one is made or being made for the
     * template folder. {@code logo} is read on that thread; the build reads the logo again and
     * takes this renderer only when it is the same.
     */
    public synchronized void makeEarly(Optional<Path> templateDirectory, Supplier<Optional<Logo>> logo) {
        if (made != null && (!made.isDone() || finished(made).filter(known -> known.templateDirectory()
                .equals(templateDirectory)).isPresent())) {
            return;
        }
        CompletableFuture<Made> making = new CompletableFuture<>();
        Thread maker = new Thread(() -> {
            try {
                Optional<Logo> image = logo.get();
                PdfRenderer renderer = new PdfRenderer(templateDirectory, image);
                renderer.warmUp();
                making.complete(new Made(templateDirectory, image, renderer));
            } catch (Throwable e) {
                // The build makes the renderer again on its own thread, where what stops it is reported.
                making.completeExceptionally(e);
            }
        }, "pdf renderer maker");
        maker.setDaemon(true);
        maker.start();
        made = making;
    }

    synchronized PdfRenderer of(Optional<Path> templateDirectory, Optional<Logo> logo) throws IOException {
        Optional<Made> known = made == null ? Optional.empty() : finished(made);
        if (known.isPresent() && known.get().from(templateDirectory, logo)) {
            return known.get().renderer();
        }
        Made now = new Made(templateDirectory, logo, new PdfRenderer(templateDirectory, logo));
        made = CompletableFuture.completedFuture(now);
        return now.renderer();
    }

    /** The renderer once made; empty when making it failed. */
    private static Optional<Made> finished(CompletableFuture<Made> making) {
        try {
            return Optional.of(making.join());
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }
}
