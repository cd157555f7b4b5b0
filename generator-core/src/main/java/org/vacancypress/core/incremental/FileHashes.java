package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SHA-256 of files' contents, each file read once while it stays as it was: a build asks for
 * a notice file's hash for its stamp, its kept notice, its page's inputs and the stamp again
 * after publishing, and the preview server for every file on every save. A hash is taken again
 * when the file's size, modification time, identity (inode) or change time differ from when it
 * was read, and also when its modification time was too close to that reading: a file written
 * again within the same tick of the file system's clock keeps its time, and must still be seen
 * (a file is trusted only when it was last modified well before it was read). What is known is
 * kept beside the site between builds, as git keeps its index: a build from the command line
 * reads only the files changed since the last.
 */
public final class FileHashes {

    /**
     * How coarse a file system's modification times may be, and how far its clock may lag the
     * JVM's: FAT keeps two seconds; most keep a tick of a few milliseconds.
     */
    static final Duration TICK = Duration.ofSeconds(2);

    private static final String HEADER = "vacancy-press file hashes 2";

    private final Clock clock;
    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    /** The files asked about since this was made: only they are kept in the file. */
    private final Set<Path> asked = ConcurrentHashMap.newKeySet();
    /** Whether a file that may be trusted later was read since the hashes were last kept. */
    private final AtomicBoolean read = new AtomicBoolean();
    /** How many times a file was read, for the tests that a file is not read again. */
    private final AtomicLong reads = new AtomicLong();

    /** A file as last read: its state then, whether it may be trusted later, and its content's hash. */
    private record Known(State state, boolean settled, byte[] hash) {
    }

    /** What the file system tells of a file without reading it. */
    private record State(long size, FileTime modified, String identity, String changed) {

        /** The file's state, from one call to the file system where it tells the inode's change time. */
        static Optional<State> of(Path file) throws IOException {
            try {
                Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,fileKey,ctime,isRegularFile");
                return Boolean.TRUE.equals(unix.get("isRegularFile"))
                        ? Optional.of(new State((Long) unix.get("size"), (FileTime) unix.get("lastModifiedTime"),
                                String.valueOf(unix.get("fileKey")), String.valueOf(unix.get("ctime"))))
                        : Optional.empty();
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                return basic(file);
            }
        }

        /** Where the file system does not tell the change time: a file renamed into place still shows in its identity. */
        private static Optional<State> basic(Path file) throws IOException {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            return attributes.isRegularFile() ? Optional.of(new State(attributes.size(), attributes.lastModifiedTime(),
                    String.valueOf(attributes.fileKey()), "unknown")) : Optional.empty();
        }
    }

    public FileHashes() {
        this(Clock.systemUTC());
    }

    FileHashes(Clock clock) {
        this.clock = clock;
    }

    /** Where the hashes of the builds of the site in {@code site} are kept: beside it, like its stamp. */
    static Path fileFor(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".hashes");
    }

    /** Adds what {@code file} keeps, when these hashes know no file yet; a file that cannot be read adds nothing. */
    void readFrom(Path file) {
        if (!known.isEmpty()) {
            return;
        }
        Map<Path, Known> kept = new HashMap<>();
        try {
            boolean whole = RecordFile.read(file, HEADER, record -> {
                if (record.size() != 7 || !record.get(0).equals("file")) {
                    return false;
                }
                State state = new State(Long.parseLong(record.get(2)), FileTime.from(Long.parseLong(record.get(3)), TimeUnit.NANOSECONDS),
                        record.get(4), record.get(5));
                kept.put(Path.of(record.get(1)), new Known(state, true, HexFormat.of().parseHex(record.get(6))));
                return true;
            });
            if (whole) {
                kept.forEach(known::putIfAbsent);
            }
        } catch (RuntimeException e) {
            // DateTimeException, NumberFormatException, InvalidPathException: an unreadable file keeps nothing.
        }
    }

    /**
     * Keeps the hashes of the files asked about in {@code file}, when one to keep was read since
     * (not after a save in the preview: the saved file is too recent to keep); not kept costs time only.
     */
    void writeTo(Path file) {
        if (!read.getAndSet(false)) {
            return;
        }
        Map<Path, Known> kept = new TreeMap<>(known);
        kept.keySet().retainAll(asked);
        kept.values().removeIf(entry -> !entry.settled());
        try {
            RecordFile.write(file, HEADER, kept.entrySet().stream().map(entry -> {
                State state = entry.getValue().state();
                return List.of("file", entry.getKey().toString(), Long.toString(state.size()),
                        Long.toString(state.modified().to(TimeUnit.NANOSECONDS)), state.identity(), state.changed(),
                        HexFormat.of().formatHex(entry.getValue().hash()));
            })::iterator);
        } catch (IOException | UncheckedIOException e) {
            read.set(true);
        }
    }

    /** The hash of the file's content; empty when it is not a regular file. */
    Optional<byte[]> of(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        asked.add(key);
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
        boolean settled = after.equals(before) && before.get().modified().toMillis() < readAt - TICK.toMillis();
        known.put(key, new Known(before.get(), settled, hash));
        if (settled) {
            read.set(true);
        }
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
