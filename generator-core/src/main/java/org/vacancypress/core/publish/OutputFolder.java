package org.vacancypress.core.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Publishes a complete site: every file is written into a staging folder beside the output
 * folder as it is rendered, and only when all are written does the staging folder take the
 * output folder's place. A build that fails, runs out of disk or is killed midway leaves the
 * previously published site as it was; the next build clears what a killed one left behind.
 */
public final class OutputFolder {

    /** Opens one file to write; a seam for tests to run out of disk. */
    @FunctionalInterface
    public interface FileWriter {
        OutputStream open(Path file) throws IOException;
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> READABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> READABLE_FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    /** File locks belong to the process: builds of one JVM (mvn -T, serve) also queue here. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path target;
    private final FileWriter writer;

    public OutputFolder(Path target) {
        this(target, Files::newOutputStream);
    }

    public OutputFolder(Path target, FileWriter writer) {
        this.target = target.toAbsolutePath().normalize();
        this.writer = writer;
    }

    public Path target() {
        return target;
    }

    /**
     * Holds the output folder for one build, from clearing what a killed build left to the swap:
     * another build into the same folder, in this process or another, waits its turn.
     */
    public Held lock() throws IOException {
        Files.createDirectories(target.getParent());
        ReentrantLock local = IN_PROCESS.computeIfAbsent(target, path -> new ReentrantLock());
        local.lock();
        try {
            FileChannel channel = FileChannel.open(target.resolveSibling("." + target.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock file = channel.lock();
            return () -> {
                try (channel) {
                    file.release();
                } finally {
                    local.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** The output folder, held by one build until closed. */
    public interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** A new staging folder, after clearing what an interrupted build left beside the output. */
    public Staging stage() throws IOException {
        recover();
        Path staging = sibling("staging-" + UUID.randomUUID());
        BuildFolders.create(staging);
        readable(staging, true);
        return new Staging(staging);
    }

    private Path sibling(String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + suffix);
    }

    /**
     * Clears what an interrupted build left beside the output folder: a site it had set aside is
     * put back when there is none, its staging folders deleted. Every publishing build starts
     * with this, even one that then fails on its notices.
     *
     * @return the folders under the names of a build's own that no build made: kept as they are
     */
    public List<Path> recover() throws IOException {
        Files.createDirectories(target.getParent());
        return BuildFolders.recover(target);
    }

    /** The files of one build, written as they come; {@link #publish} makes them the site. */
    public final class Staging implements AutoCloseable {
        private final Path folder;
        private boolean published;
        private Optional<Path> replaced = Optional.empty();

        private Staging(Path folder) {
            this.folder = folder;
        }

        /** Writes a file of the site; safe to call from several threads. */
        public void write(String relative, byte[] content) throws IOException {
            try (OutputStream out = open(relative)) {
                out.write(content);
            }
        }

        /**
         * A file of the site to write as it is made, buffered; closing it ends the file. A file
         * left half-written by an error is never published: the error fails the build.
         */
        public OutputStream create(String relative) throws IOException {
            return new BufferedOutputStream(open(relative), 1 << 16);
        }

        private OutputStream open(String relative) throws IOException {
            Path destination = folder.resolve(relative).normalize();
            if (!destination.startsWith(folder) || destination.equals(folder)) {
                throw new IOException("refusing to write outside the output folder: " + relative);
            }
            Path parent = destination.getParent();
            if (!Files.isDirectory(parent)) {
                Files.createDirectories(parent);
                for (Path dir = parent; !dir.equals(folder); dir = dir.getParent()) {
                    readable(dir, true);
                }
            }
            // Never through a hard link kept from the published site: that would change the published file.
            Files.deleteIfExists(destination);
            readable(Files.createFile(destination), false);
            return writer.open(destination);
        }

        /**
         * Takes a file of the published site as it is, unchanged: a hard link where the file
         * system allows, so that an up-to-date PDF costs nothing to keep.
         */
        public void keep(String relative) throws IOException {
            Path source = target.resolve(relative).normalize();
            Path destination = folder.resolve(relative).normalize();
            if (!source.startsWith(target) || !destination.startsWith(folder)) {
                throw new IOException("refusing to keep a file outside the output folder: " + relative);
            }
            // Asked first: creating a folder that is there throws inside the JDK, for each of thousands of kept files.
            if (!Files.isDirectory(destination.getParent())) {
                Files.createDirectories(destination.getParent());
            }
            try {
                Files.createLink(destination, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, destination);
            }
        }

        /** Whether the staged site already holds this file. */
        public boolean has(String relative) {
            return Files.exists(folder.resolve(relative));
        }

        /**
         * Replaces the output folder with the staged files; the previous site, now beside it, is
         * deleted when this staging is closed.
         */
        public void swap() throws IOException {
            Path previous = sibling("previous-" + UUID.randomUUID());
            boolean hadPrevious = Files.exists(target);
            if (hadPrevious) {
                BuildFolders.setAside(target, previous);
            }
            try {
                BuildFolders.move(folder, target);
            } catch (IOException e) {
                if (hadPrevious) {
                    try {
                        BuildFolders.move(previous, target);
                        BuildFolders.unmark(target);
                    } catch (IOException putBack) {
                        e.addSuppressed(putBack);
                    }
                }
                throw e;
            }
            published = true;
            replaced = hadPrevious ? Optional.of(previous) : Optional.empty();
            try {
                BuildFolders.unmark(target);
            } catch (IOException e) {
                // The site is live; the next build's recover() takes the staging folder's mark off.
            }
        }

        /**
         * Keeps the files already published that {@code keep} accepts and this build did not
         * write (the PDFs, when only pages are rebuilt).
         */
        public void carryOver(Predicate<String> keep) throws IOException {
            if (!Files.isDirectory(target)) {
                return;
            }
            List<Path> existing;
            try (Stream<Path> walk = Files.walk(target)) {
                existing = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : existing) {
                String relative = target.relativize(file).toString().replace('\\', '/');
                if (!has(relative) && keep.test(relative)) {
                    keep(relative);
                }
            }
        }

        /** Deletes the staged files when they were not published, else the site they replaced. */
        @Override
        public void close() {
            if (published && replaced.isPresent()) {
                try {
                    BuildFolders.deleteTree(replaced.get());
                } catch (IOException e) {
                    // The new site is live; the next build's recover() clears what is left.
                }
            }
            if (!published) {
                try {
                    BuildFolders.deleteTree(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove the staging folder " + folder, e);
                }
            }
        }
    }

    private static void readable(Path path, boolean folder) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, folder ? READABLE_FOLDER : READABLE_FILE);
        }
    }
}
