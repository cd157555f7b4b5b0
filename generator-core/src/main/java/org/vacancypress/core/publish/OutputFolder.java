package org.vacancypress.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Publishes a complete site: every file is written into a staging folder beside the output
 * folder, and only then does the staging folder take the output folder's place. A build that
 * fails or is killed midway leaves the previously published site as it was.
 */
public final class OutputFolder {

    private final Path target;

    public OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    /**
     * Replaces the output folder's content with {@code files} (relative path to bytes), keeping
     * the files already published that {@code keep} accepts and {@code files} does not replace
     * (the PDFs, when only the pages are rebuilt).
     */
    public void publish(Map<String, byte[]> files, Predicate<String> keep) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String unique = UUID.randomUUID().toString();
        Path staging = parent.resolve("." + target.getFileName() + ".staging-" + unique);
        Path previous = parent.resolve("." + target.getFileName() + ".previous-" + unique);
        try {
            Files.createDirectory(staging);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path destination = staging.resolve(file.getKey()).normalize();
                if (!destination.startsWith(staging) || destination.equals(staging)) {
                    throw new IOException("refusing to write outside the output folder: " + file.getKey());
                }
                Files.createDirectories(destination.getParent());
                Files.write(destination, file.getValue());
            }
            carryOver(staging, files, keep);
            boolean hadPrevious = Files.exists(target);
            if (hadPrevious) {
                move(target, previous);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (hadPrevious) {
                    move(previous, target);
                }
                throw e;
            }
            if (hadPrevious) {
                deleteTree(previous);
            }
        } finally {
            deleteTree(staging);
        }
    }

    private void carryOver(Path staging, Map<String, byte[]> files, Predicate<String> keep) throws IOException {
        if (!Files.isDirectory(target)) {
            return;
        }
        List<Path> existing;
        try (Stream<Path> walk = Files.walk(target)) {
            existing = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : existing) {
            String relative = target.relativize(file).toString().replace('\\', '/');
            if (!files.containsKey(relative) && keep.test(relative)) {
                Path destination = staging.resolve(relative);
                Files.createDirectories(destination.getParent());
                Files.copy(file, destination);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
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
