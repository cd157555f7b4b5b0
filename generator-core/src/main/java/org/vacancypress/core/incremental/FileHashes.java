package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SHA-256 of files' contents, each file read once while it stays as it was: a build asks for
 * a notice file's hash for its stamp, its kept notice, its page's inputs and the stamp again
 * after publishing, and the preview server for every file on every save. A hash is taken again
 * when the file's size, modification time, identity (inode) or change time differ from when it
 * was read, and also when its modification time was too close to that reading: a file written
 * again within the same tick of the file system's clock keeps its time, and must still be seen
 * (a file is trusted only when it was last modified well before it was read).
 */
public final class FileHashes {

    /**
     * How coarse a file system's modification times may be, and how far its clock may lag the
     * JVM's: FAT keeps two seconds; most keep a tick of a few milliseconds.
     */
    static final Duration TICK = Duration.ofSeconds(2);

    private final Clock clock;
    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    /** How many times a file was read, for the tests that a file is not read again. */
    private final AtomicLong reads = new AtomicLong();

    /** A file as last read: its state then, whether it may be trusted later, and its content's hash. */
    private record Known(State state, boolean settled, byte[] hash) {
    }

    /** What the file system tells of a file without reading it. */
    private record State(long size, long modified, Object identity, Object changed) {

        static Optional<State> of(Path file) throws IOException {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new State(attributes.size(), attributes.lastModifiedTime().toMillis(),
                    attributes.fileKey(), changeTime(file)));
        }

        /** The inode's change time where the file system tells it: a file renamed into place, or its time set back, shows there. */
        private static Object changeTime(Path file) {
            try {
                return Files.getAttribute(file, "unix:ctime");
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return "unknown";
            }
        }
    }

    public FileHashes() {
        this(Clock.systemUTC());
    }

    FileHashes(Clock clock) {
        this.clock = clock;
    }

    /** The hash of the file's content; empty when it is not a regular file. */
    Optional<byte[]> of(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Optional<State> before = State.of(key);
        if (before.isEmpty()) {
            known.remove(key);
            return Optional.empty();
        }
        Known last = known.get(key);
        if (last != null && last.settled() && last.state().equals(before.get())) {
            return Optional.of(last.hash());
        }
        long readAt = clock.millis();
        reads.incrementAndGet();
        byte[] hash = read(key);
        Optional<State> after = State.of(key);
        // A file that changed while it was read is hashed again next time, whatever its times say.
        boolean settled = after.equals(before) && before.get().modified() < readAt - TICK.toMillis();
        known.put(key, new Known(before.get(), settled, hash));
        return Optional.of(hash);
    }

    long reads() {
        return reads.get();
    }

    private static byte[] read(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return digest.digest();
    }
}
