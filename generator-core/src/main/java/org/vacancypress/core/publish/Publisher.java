package org.vacancypress.core.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.vacancypress.core.incremental.BuildCache;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.render.RenderTarget;

/**
 * The publish step: the output folder, refused when it would replace the user's files, held
 * for one build, rendered into a staging folder and swapped in at once, only when rendering
 * reported no error.
 */
public final class Publisher implements AutoCloseable {

    /** Renders the site into a target; returns how many notices had anything rendered. */
    @FunctionalInterface
    public interface Rendering {
        int into(RenderTarget target) throws IOException;
    }

    private final OutputFolder output;
    private final OutputFolder.Held held;
    private final String display;

    private Publisher(OutputFolder output, OutputFolder.Held held, String display) {
        this.output = output;
        this.held = held;
        this.display = display;
    }

    /**
     * Holds the output folder for this build.
     *
     * @param protectedFolders what the site may never replace, by what each is to the user
     * @throws IOException saying, for the user, why the folder cannot be published to
     */
    public static Publisher open(Path site, OutputFolder.FileWriter writer, Map<String, Path> protectedFolders)
            throws IOException {
        Optional<String> refusal = OutputFolderGuard.refusal(site, protectedFolders);
        if (refusal.isPresent()) {
            throw new IOException(refusal.get());
        }
        OutputFolder output = new OutputFolder(site, writer);
        try {
            return new Publisher(output, output.lock(), site.toString());
        } catch (IOException e) {
            throw new IOException("cannot lock the output folder: " + e.getMessage(), e);
        }
    }

    /** The published site's folder, absolute. */
    public Path site() {
        return output.target();
    }

    /**
     * Clears what an interrupted build left beside the site. A folder of the user's under a name
     * the build gives its own is kept, and stops the build until it is moved.
     */
    public void recover(Problems problems) {
        try {
            for (Path foreign : output.recover()) {
                boolean setAside = foreign.getFileName().toString().contains(".previous-");
                String earlier = !setAside ? "a staging folder an earlier version of Vacancy Press left there may be"
                        + " deleted"
                        : Files.exists(output.target(), LinkOption.NOFOLLOW_LINKS) ? "a site an earlier version of"
                                + " Vacancy Press set aside there may be deleted once you have checked the site"
                                : "there is no site: if this is the site an earlier version of Vacancy Press set aside,"
                                        + " rename it back to " + output.target().getFileName();
                problems.error(Location.ofFile(foreign.toString()), "the folder " + foreign + " beside the output folder"
                        + " is not one Vacancy Press made, though its name is one a build gives its own there: it is"
                        + " kept and nothing is published; move or rename it (" + earlier + "), or choose another"
                        + " output folder (vacancy.outputDirectory)");
            }
        } catch (IOException e) {
            problems.error(Location.ofFile(display),
                    "cannot clear what an interrupted build left beside the site: " + e.getMessage());
        }
    }

    /**
     * Renders the site into a staging folder and, when that reported no error, publishes it in
     * the output folder's place with the files of the previous site still wanted.
     *
     * @param stillWanted whether a file the previous build published and this one did not render stays
     * @param published told as soon as the new site is in the output folder's place, before the
     *     previous one is deleted
     * @return how many notices had anything rendered; empty when nothing was published
     */
    public OptionalInt publish(BuildCache cache, Rendering rendering, Predicate<String> stillWanted,
            Runnable published, Problems problems) {
        try (OutputFolder.Staging staging = output.stage()) {
            StagedSite site = new StagedSite(staging, cache, output.target(), new ConcurrentLinkedQueue<>());
            int rendered = rendering.into(site);
            if (problems.hasErrors()) {
                return OptionalInt.empty();
            }
            staging.carryOver(existing -> cache.carriesOver(existing, stillWanted));
            staging.write(BuildCache.MANIFEST, cache.manifest());
            cache.forget();
            staging.swap();
            published.run();
            site.whenPublished().forEach(Runnable::run);
            return OptionalInt.of(rendered);
        } catch (IOException e) {
            return cannotWrite(e, problems);
        } catch (UncheckedIOException e) {
            return cannotWrite(e.getCause(), problems);
        }
    }

    private OptionalInt cannotWrite(IOException e, Problems problems) {
        problems.error(Location.ofFile(display),
                "cannot write the site: " + e.getMessage() + "; the previous site is unchanged");
        return OptionalInt.empty();
    }

    @Override
    public void close() throws IOException {
        held.close();
    }

    /**
     * Rendered files into the staging folder, each recorded in the cache with the hash of its inputs.
     *
     * @param whenPublished what the rendering asked to run once the staged files are the site
     */
    private record StagedSite(OutputFolder.Staging staging, BuildCache cache, Path site,
            Queue<Runnable> whenPublished) implements RenderTarget {

        @Override
        public String noticeHash(Optional<Path> source, boolean open, List<String> linkedPages) {
            return cache.noticeHash(source, open, linkedPages);
        }

        @Override
        public String pageHash(String noticeHash, Optional<String> pdfSize) {
            return cache.pageHash(noticeHash, pdfSize);
        }

        @Override
        public String siteFileHash(String contentHash) {
            return cache.siteFileHash(contentHash);
        }

        @Override
        public boolean upToDate(String file, String hash) {
            return cache.upToDate(file, hash);
        }

        @Override
        public Optional<Long> publishedSize(String file) {
            try {
                Path published = site.resolve(file);
                return Files.isRegularFile(published) ? Optional.of(Files.size(published)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        @Override
        public void write(String file, byte[] content, String hash) {
            unchecked(() -> staging.write(file, content));
            cache.published(file, hash);
        }

        @Override
        public OutputStream create(String file) throws IOException {
            return staging.create(file);
        }

        @Override
        public void written(String file, String hash) {
            cache.published(file, hash);
        }

        @Override
        public void keep(String file, String hash) {
            unchecked(() -> staging.keep(file));
            cache.published(file, hash);
        }

        @Override
        public void writeEveryTime(String file, byte[] content) {
            unchecked(() -> staging.write(file, content));
            cache.publishedEveryTime(file);
        }

        @Override
        public void whenPublished(Runnable action) {
            whenPublished.add(action);
        }

        private interface Io {
            void run() throws IOException;
        }

        private static void unchecked(Io action) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
