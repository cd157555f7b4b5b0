package org.vacancypress.core.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folders a build makes beside the output folder, {@code .<site>.staging-<id>} while it
 * renders and {@code .<site>.previous-<id>} for the site it replaces, and what the next build
 * does with those a killed build left. Each holds a mark naming it, so that a user's folder
 * under such a name, or a copy of one of ours under another, is never deleted or taken for
 * the site: the mark is what makes a folder the build's, as the {@code vacancy-press} header
 * does for the files it keeps beside the site.
 */
final class BuildFolders {

    /** The mark, inside the folder: {@code vacancy-press <the folder's name>}. */
    static final String MARK = ".vacancy-press-folder";
    private static final String HEADER = "vacancy-press ";

    private BuildFolders() {
    }

    /** Makes a staging folder, marked. */
    static void create(Path staging) throws IOException {
        Files.createDirectory(staging);
        Files.write(staging.resolve(MARK), mark(staging));
    }

    /** Moves the published site aside, marked with the name it is moved to; unmarked when it cannot be moved. */
    static void setAside(Path site, Path previous) throws IOException {
        Files.write(site.resolve(MARK), mark(previous));
        try {
            move(site, previous);
        } catch (IOException e) {
            try {
                unmark(site);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }

    /** Takes the mark off a folder that has become the site, or is again, so that it is not published. */
    static void unmark(Path site) throws IOException {
        if (marked(site)) {
            Files.delete(site.resolve(MARK));
        }
    }

    /**
     * A file of the user's in the site under the mark's name: a build would write its mark over
     * it, and then take it off. Empty when there is none or it is a mark a killed build left.
     */
    static Optional<Path> foreignMark(Path site) {
        Path mark = site.resolve(MARK);
        try {
            return Files.exists(mark, LinkOption.NOFOLLOW_LINKS) && !marked(site) ? Optional.of(mark) : Optional.empty();
        } catch (IOException e) {
            return Optional.of(mark);
        }
    }

    private static boolean marked(Path site) throws IOException {
        Path mark = site.resolve(MARK);
        byte[] ours = (HEADER + "." + site.getFileName() + ".").getBytes(StandardCharsets.UTF_8);
        return Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS) && beginning(start(mark, ours.length), ours);
    }

    /**
     * Whether {@code read} is {@code expected}, or its beginning: a mark is written after its
     * file is made, so a build killed in between (or a machine that lost power) leaves it cut short.
     */
    private static boolean beginning(byte[] read, byte[] expected) {
        return read.length <= expected.length && Arrays.equals(read, 0, read.length, expected, 0, read.length);
    }

    /**
     * Clears what a killed build left beside {@code site}: its staging folders are deleted, and
     * the site it had set aside is put back when there is none, else deleted. A build killed
     * between its two moves leaves no site but the one it set aside.
     *
     * @return the folders under those names that no build made, left as they are
     */
    static List<Path> recover(Path site) throws IOException {
        String prefix = "." + site.getFileName() + ".";
        List<Path> previous = new ArrayList<>();
        List<Path> foreign = new ArrayList<>();
        // A filter, not a glob: the site's name may hold a glob's special characters.
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(site.getParent(),
                sibling -> sibling.getFileName().toString().startsWith(prefix))) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                boolean staging = name.startsWith(prefix + "staging-");
                if (!staging && !name.startsWith(prefix + "previous-")) {
                    continue;
                }
                if (!made(sibling)) {
                    foreign.add(sibling);
                } else if (staging) {
                    deleteTree(sibling);
                } else {
                    previous.add(sibling);
                }
            }
        }
        for (Path setAside : previous) {
            if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                move(setAside, site);
            } else {
                deleteTree(setAside);
            }
        }
        if (Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            unmark(site);
        }
        return foreign;
    }

    /** Whether a build made the folder: it holds the mark naming it, or nothing at all (nothing to lose). */
    private static boolean made(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path mark = folder.resolve(MARK);
        if (Files.exists(mark, LinkOption.NOFOLLOW_LINKS)) {
            byte[] expected = mark(folder);
            return Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)
                    && beginning(start(mark, expected.length + 1), expected);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static byte[] mark(Path folder) {
        return (HEADER + folder.getFileName() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of a file, up to {@code most}. */
    private static byte[] start(Path file, int most) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(most);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        deleteTree(root, Files::delete);
    }

    /** What deletes one file or empty folder: tests make it fail halfway. */
    interface Deletion {
        void delete(Path path) throws IOException;
    }

    /**
     * Deletes the folder with its mark last, so that a deletion cut short (a kill, a file held
     * open) leaves a folder the next build still knows for its own and clears.
     */
    static void deleteTree(Path root, Deletion deletion) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path mark = root.resolve(MARK);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.equals(mark)) {
                    deletion.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (dir.equals(root) && Files.exists(mark, LinkOption.NOFOLLOW_LINKS)) {
                    deletion.delete(mark);
                }
                deletion.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
