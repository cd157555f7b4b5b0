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

    /** Moves the published site aside, marked with the name it is moved to. */
    static void setAside(Path site, Path previous) throws IOException {
        Files.write(site.resolve(MARK), mark(previous));
        move(site, previous);
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
        byte[] ours = (HEADER + "." + site.getFileName() + ".").getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(start(site.resolve(MARK), ours.length), ours);
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
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(site.getParent(), prefix + "*")) {
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
            return Arrays.equals(start(mark, expected.length + 1), expected);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static byte[] mark(Path folder) {
        return (HEADER + folder.getFileName() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of a file, up to {@code most}; none when it is not a file (a folder, a link). */
    private static byte[] start(Path file, int most) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new byte[0];
        }
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
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
