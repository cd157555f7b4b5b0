package org.vacancypress.core.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's hash is taken again whenever its content may have changed, and only then. */
class FileHashesTest {

    @TempDir
    Path dir;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static byte[] hash(FileHashes hashes, Path file) throws IOException {
        return hashes.of(file).orElseThrow();
    }

    /** Writes {@code file}; the hashes then read it {@code later} than it was modified, by their clock. */
    private static FileHashes written(Path file, Duration later) throws IOException {
        Files.writeString(file, "title: One\n");
        return new FileHashes(at(Files.getLastModifiedTime(file).toInstant().plus(later)));
    }

    @Test
    void aFileModifiedLongBeforeItWasReadIsNotReadAgainUntilItChanges() throws IOException {
        Path file = dir.resolve("a.yaml");
        FileHashes hashes = written(file, FileHashes.TICK.plusSeconds(1));
        byte[] first = hash(hashes, file);

        assertArrayEquals(first, hash(hashes, file));
        assertEquals(1, hashes.reads(), "an unchanged file settled before it was read is not read again");

        Files.writeString(file, "title: Two\n");
        assertFalse(Arrays.equals(first, hash(hashes, file)), "an edit of the same size is seen");
        assertEquals(2, hashes.reads());
    }

    /**
     * A second save within the file system's clock tick may leave size and times as they were:
     * a file modified so close to its reading is never trusted, and is read on every build.
     */
    @Test
    void aFileModifiedJustBeforeItWasReadIsReadAgainEveryTime() throws IOException {
        Path file = dir.resolve("a.yaml");
        FileHashes hashes = written(file, FileHashes.TICK.minusMillis(1));
        for (int build = 1; build <= 3; build++) {
            hash(hashes, file);
            assertEquals(build, hashes.reads());
        }
    }

    @Test
    void aFileWrittenAgainWithItsTimeKeptIsStillSeen() throws IOException {
        Path file = dir.resolve("a.yaml");
        for (int round = 0; round < 20; round++) {
            Files.writeString(file, "title: One\n");
            FileHashes hashes = new FileHashes(Clock.systemUTC());
            byte[] one = hash(hashes, file);
            FileTime modified = Files.getLastModifiedTime(file);
            // Same size, and the time set back: as a second save within the file system's tick leaves it.
            Files.writeString(file, "title: Two\n");
            Files.setLastModifiedTime(file, modified);
            assertFalse(Arrays.equals(one, hash(hashes, file)), "round " + round);
        }
    }

    @Test
    void aFileWhoseTimeWasSetBackAfterItWasReadIsReadAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("a.yaml"), "title: One\n");
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        Files.setLastModifiedTime(file, old);
        FileHashes hashes = new FileHashes(Clock.systemUTC());
        byte[] one = hash(hashes, file);

        // A file copied in with its old time kept (cp -p, an archive unpacked): same size, same time.
        Path copy = Files.writeString(dir.resolve("b.yaml"), "title: Two\n");
        Files.setLastModifiedTime(copy, old);
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertFalse(Arrays.equals(one, hash(hashes, file)), "another file in its place is read");
    }

    @Test
    void aMissingFileHasNoHashAndOneCreatedHasOne() throws IOException {
        FileHashes hashes = new FileHashes(Clock.systemUTC());
        Path file = dir.resolve("a.yaml");
        assertTrue(hashes.of(file).isEmpty());
        assertTrue(hashes.of(dir).isEmpty(), "a folder is no file");
        Files.writeString(file, "title: One\n");
        assertTrue(hashes.of(file).isPresent());
    }

    @Test
    void theHashesKeptInAFileSpareTheNextBuildReadingTheFilesThatStayed() throws IOException {
        Path settled = dir.resolve("settled.yaml");
        FileHashes first = written(settled, FileHashes.TICK.plusSeconds(1));
        Path recent = Files.writeString(dir.resolve("recent.yaml"), "title: Recent\n");
        // Modified at the moment it is read, by the first hashes' clock.
        Files.setLastModifiedTime(recent, FileTime.from(Files.getLastModifiedTime(settled).toInstant()
                .plus(FileHashes.TICK).plusSeconds(1)));
        Path kept = dir.resolve(".site.hashes");
        byte[] settledHash = hash(first, settled);
        hash(first, recent);
        first.writeTo(kept);

        FileHashes next = new FileHashes(Clock.systemUTC());
        next.readFrom(kept);
        assertArrayEquals(settledHash, hash(next, settled));
        assertEquals(0, next.reads(), "a file that stayed as it was is not read");
        hash(next, recent);
        assertEquals(1, next.reads(), "a file modified just before it was read is not kept");
        Files.writeString(settled, "title: Two\n");
        assertFalse(Arrays.equals(settledHash, hash(next, settled)));

        for (String damaged : List.of("", Files.readString(kept).replace("\nend\n", "\n"),
                Files.readString(kept).replaceFirst("\tsettled.yaml\t[0-9]+", "\tsettled.yaml\tmany"))) {
            Files.writeString(kept, damaged);
            FileHashes fresh = new FileHashes(Clock.systemUTC());
            fresh.readFrom(kept);
            hash(fresh, settled);
            assertEquals(1, fresh.reads(), "a damaged file keeps nothing: " + damaged);
        }
    }
}
