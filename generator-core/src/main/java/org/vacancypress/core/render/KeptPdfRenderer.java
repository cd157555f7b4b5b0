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
 * overlaps the loading of the notices instead of following it. An SVG logo's drawing is kept
 * beside the site for the next build's renderer ({@link KeptLogoDrawing}).
 */
public final class KeptPdfRenderer {

    /**
     * @param keptUnder the key the logo's drawing is kept beside the site under, if it is
     * @param keptFor the shared inputs that key was made from
     */
    private record Made(Optional<Path> templateDirectory, Optional<Logo> logo, PdfRenderer renderer,
            Optional<String> keptUnder, Optional<String> keptFor) {

        boolean from(Optional<Path> folder, Optional<Logo> image) {
            return templateDirectory.equals(folder) && logo.map(Logo::file).equals(image.map(Logo::file))
                    && Arrays.equals(logo.map(Logo::content).orElse(null), image.map(Logo::content).orElse(null));
        }
    }

    private final KeptLogoDrawing drawing;
    /** The renderer made or being made; null until a build wants one. */
    private CompletableFuture<Made> made;
    /** The shared inputs of the build that wants the renderer, when known: the logo's drawing is kept under them. */
    private Optional<String> sharedInputs = Optional.empty();

    /** @param drawingFile where an SVG logo's drawing is kept between builds; none keeps it in memory only */
    public KeptPdfRenderer(Optional<Path> drawingFile) {
        this.drawing = new KeptLogoDrawing(drawingFile);
    }

    /**
     * Starts making the renderer on a thread of its own, unless one is made or being made for the
     * template folder. {@code logo} is read on that thread; the build reads the logo again and
     * takes this renderer only when it is the same.
     *
     * @param sharedInputs the hash of what every notice's output depends on, when known
     */
    public synchronized void makeEarly(Optional<Path> templateDirectory, Supplier<Optional<Logo>> logo,
            Optional<String> sharedInputs) {
        this.sharedInputs = sharedInputs;
        if (made != null && (!made.isDone() || finished(made).filter(known -> known.templateDirectory()
                .equals(templateDirectory)).isPresent())) {
            return;
        }
        CompletableFuture<Made> making = new CompletableFuture<>();
        Thread maker = new Thread(() -> {
            try {
                Made renderer = make(templateDirectory, logo.get(), sharedInputs);
                // Taken as soon as it is made: a notice wanted before the warm-up ends renders
                // beside it, on the core the rest of the build leaves free.
                making.complete(renderer);
                renderer.renderer().warmUp();
            } catch (Throwable e) {
                // Making it: the build makes it again on its own thread, where what stops it is
                // reported. Warming it up: the notices' documents report their own.
                making.completeExceptionally(e);
            }
        }, "pdf renderer maker");
        maker.setDaemon(true);
        maker.start();
        made = making;
    }

    /** The renderer for a build that renders a PDF now; the logo's drawing is kept beside the site if it was not. */
    synchronized PdfRenderer of(Optional<Path> templateDirectory, Optional<Logo> logo) throws IOException {
        Optional<Made> known = made == null ? Optional.empty() : finished(made)
                .filter(renderer -> renderer.from(templateDirectory, logo));
        if (known.isPresent() && known.get().keptUnder().isPresent() && known.get().keptFor().equals(sharedInputs)) {
            // Asked once a PDF: the drawing's key, a hash of the whole logo, is taken once a build.
            return known.get().renderer();
        }
        Made now = known.isPresent() ? known.get() : make(templateDirectory, logo, sharedInputs);
        Optional<String> key = key(templateDirectory, logo, sharedInputs);
        Optional<byte[]> drawn = now.renderer().logoDrawing();
        if (key.isPresent() && drawn.isPresent() && !key.equals(now.keptUnder())) {
            drawing.write(key.get(), drawn.get());
            now = new Made(templateDirectory, logo, now.renderer(), key, sharedInputs);
        }
        made = CompletableFuture.completedFuture(now);
        return now.renderer();
    }

    private Made make(Optional<Path> templateDirectory, Optional<Logo> logo, Optional<String> inputs)
            throws IOException {
        Optional<String> key = key(templateDirectory, logo, inputs);
        Optional<byte[]> kept = key.flatMap(drawing::read);
        return new Made(templateDirectory, logo, new PdfRenderer(templateDirectory, logo, kept),
                kept.isPresent() ? key : Optional.empty(), kept.isPresent() ? inputs : Optional.empty());
    }

    /** What an SVG logo's drawing is kept under; none without an SVG logo or the build's shared inputs. */
    private static Optional<String> key(Optional<Path> templateDirectory, Optional<Logo> logo, Optional<String> inputs) {
        return inputs.flatMap(shared -> logo.filter(Logo::isSvg)
                .map(image -> KeptLogoDrawing.key(shared, templateDirectory, image)));
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
