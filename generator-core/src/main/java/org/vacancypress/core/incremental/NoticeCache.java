package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.vacancypress.core.load.NoticeStore;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;

/**
 * Each notice as loaded and checked, by its file's hash, kept beside the site between builds
 * and in memory between the builds of one generator (the preview server's): a build reads and
 * validates only the files that changed. The whole cache holds only while what every notice
 * is checked against (the organization's data, the templates, the generator, the folders)
 * hashes the same; a cache file that cannot be read is no cache.
 */
public final class NoticeCache {

    private static final String HEADER = "vacancy-press notices 3";
    private static final Type KEPT = Kept.class;
    /**
     * How many characters of JSON the cache holds at most, in memory and in its file: notices
     * past it are read from their files, so that a large site builds in the memory it did
     * before (a notice takes some 10,000 characters: Maven's {@code -Xmx1g} keeps about 6,000).
     */
    private static final long BUDGET = Runtime.getRuntime().maxMemory() / 16;
    /**
     * How many characters of JSON the notices whose records stay made (for the next build in the
     * same process) may take: a record takes about twice its JSON, and a large site's records would
     * hold in memory the notices the build has no room for (see {@code HeldNotices}).
     */
    private static final long RECORDS_BUDGET = BUDGET / 4;

    /** A notice and what its checks found, in the form kept. */
    record Kept(Notice notice, List<Problem> problems) {

        Kept {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One file's notice: its JSON as read from the cache file (decoded when first taken, by the
     * thread that takes it) or as written by this JVM, made into records when first taken; its
     * locations in its own file (as messages name it) are kept as line and column.
     */
    private static final class Entry {
        private final String hash;
        private final String file;
        private final Supplier<String> json;
        /** The length of its JSON, in the file's bytes or in chars: what the budget counts. */
        private final long size;
        private volatile Kept kept;

        Entry(String hash, String file, Supplier<String> json, long size, Kept kept) {
            this.hash = hash;
            this.file = file;
            this.json = json;
            this.size = size;
            this.kept = kept;
        }

        /** @param stays whether the record made stays made */
        Optional<Kept> kept(boolean stays) {
            Kept made = kept;
            if (made == null) {
                try {
                    made = (Kept) RecordJson.read(json.get(), KEPT, file);
                } catch (IOException | RuntimeException e) {
                    // A record the model no longer accepts: the notice is read again.
                    return Optional.empty();
                }
                if (stays) {
                    kept = made;
                }
            }
            return Optional.of(made);
        }
    }

    private Optional<Path> file = Optional.empty();
    private String key = "";
    private Map<String, Entry> entries = new ConcurrentHashMap<>();
    /**
     * How many notices the file holds, those replaced or forgotten by the records after them
     * included; -1 when the file is not known whole (none, unreadable): it is then written anew.
     */
    private long recordsInFile = -1;
    /** The reading of the file into {@link #entries}, done when they may be used: whether their records stay made. */
    private CompletableFuture<Boolean> reading = CompletableFuture.completedFuture(true);
    /** Set when the build that opened the cache has taken its notices: the reading thread stops. */
    private volatile boolean taken;

    /**
     * Opens the cache for one build: what memory holds when it is the same cache, else what its
     * file holds, read on a thread of its own while the build reads the organization's data
     * (the first notice taken waits for it). That thread then makes the notices into records,
     * from the last, until it meets one the build's threads, taking them from the first, made,
     * or the build has taken its notices.
     */
    synchronized NoticeStore open(Path cacheFile, String sharedKey, FileHashes files) {
        if (!file.equals(Optional.of(cacheFile)) || !key.equals(sharedKey)) {
            file = Optional.of(cacheFile);
            key = sharedKey;
            CompletableFuture<Boolean> read = new CompletableFuture<>();
            reading = read;
            taken = false;
            Thread reader = new Thread(() -> {
                try {
                    read(cacheFile);
                } finally {
                    read.complete(recordsStay());
                }
                for (Entry entry : new TreeMap<>(entries).descendingMap().values()) {
                    if (!read.join() || entry.kept != null || taken) {
                        break;
                    }
                    entry.kept(true);
                }
            }, "notice cache reader");
            reader.setDaemon(true);
            reader.start();
        } else {
            reading = CompletableFuture.completedFuture(recordsStay());
        }
        return new Build(files, reading);
    }

    /** Whether the records made from the cache stay made, for the next build in the same process ({@link #RECORDS_BUDGET}). */
    private boolean recordsStay() {
        return entries.values().stream().mapToLong(entry -> entry.size).sum() <= RECORDS_BUDGET;
    }

    /** Where the cache of the site in {@code site} is kept: beside it, like its stamp. */
    static Path fileFor(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".notices");
    }

    /**
     * The notices of the file: the whole file's, its records in order (a later record of a file
     * replaces or forgets an earlier one), each batch appended after the first led by the same key.
     */
    private void read(Path cacheFile) {
        Map<String, Entry> read = new ConcurrentHashMap<>();
        long[] size = {0};
        long[] records = {0};
        boolean[] keyed = {false};
        boolean whole = RecordFile.readFields(cacheFile, HEADER, record -> {
            if (!keyed[0]) {
                keyed[0] = true;
                return record.stream().map(RecordFile.Field::text).toList().equals(List.of("key", key));
            }
            switch (record.get(0).text()) {
                case "notice" -> {
                    if (record.size() != 5) {
                        return false;
                    }
                    RecordFile.Field json = record.get(4);
                    Entry entry = new Entry(record.get(2).text(), record.get(3).text(), json::text, json.length(), null);
                    size[0] += entry.size - Optional.ofNullable(read.put(record.get(1).text(), entry))
                            .map(replaced -> replaced.size).orElse(0L);
                    records[0]++;
                    return size[0] <= BUDGET;
                }
                case "gone" -> {
                    if (record.size() != 2) {
                        return false;
                    }
                    Optional.ofNullable(read.remove(record.get(1).text())).ifPresent(gone -> size[0] -= gone.size);
                }
                case RecordFile.END -> keyed[0] = false;
                default -> {
                    return false;
                }
            }
            return true;
        });
        entries = whole ? read : new ConcurrentHashMap<>();
        recordsInFile = whole ? records[0] : -1;
    }

    /** One build's use of the cache: the files it asked about, by path, with their hash as read. */
    private final class Build implements NoticeStore {
        private final FileHashes files;
        private final Map<String, String> asked = new ConcurrentHashMap<>();
        private final Map<String, Entry> added = new ConcurrentHashMap<>();
        private final AtomicLong addedSize = new AtomicLong();
        /** The cache as read, and whether the records made from it stay made. */
        private final CompletableFuture<Boolean> reading;

        Build(FileHashes files, CompletableFuture<Boolean> reading) {
            this.files = files;
            this.reading = reading;
        }

        @Override
        public Optional<Notice> kept(Path notice, Problems problems) {
            String path = notice.toAbsolutePath().normalize().toString();
            String hash;
            try {
                hash = new Fingerprint(files).addFile(notice).hex();
            } catch (IOException e) {
                return Optional.empty();
            }
            asked.put(path, hash);
            boolean recordsStay = reading.join();
            Optional<Kept> kept = Optional.ofNullable(entries.get(path)).filter(entry -> entry.hash.equals(hash))
                    .flatMap(entry -> entry.kept(recordsStay));
            kept.ifPresent(found -> found.problems().forEach(problems::add));
            return kept.map(Kept::notice);
        }

        @Override
        public void keep(Path notice, Notice read, List<Problem> found) {
            String path = notice.toAbsolutePath().normalize().toString();
            Optional.ofNullable(asked.get(path)).ifPresent(hash -> {
                Kept kept = new Kept(read, found);
                String file = read.sources().file().file();
                try {
                    String json = RecordJson.write(kept, KEPT, file);
                    long size = addedSize.addAndGet(json.length());
                    if (size <= BUDGET) {
                        added.put(path, new Entry(hash, file, () -> json, json.length(),
                                size <= RECORDS_BUDGET ? kept : null));
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // A model this cache cannot write: the notice is read again next build.
                }
            });
        }

        @Override
        public void loaded() {
            reading.join();
            taken = true;
            synchronized (NoticeCache.this) {
                Set<String> before = Set.copyOf(entries.keySet());
                entries.keySet().retainAll(asked.keySet());
                entries.putAll(added);
                long size = 0;
                for (Map.Entry<String, Entry> entry : new TreeMap<>(entries).entrySet()) {
                    size += entry.getValue().size;
                    if (size > BUDGET) {
                        entries.remove(entry.getKey());
                    }
                }
                Map<String, Entry> written = new TreeMap<>(added);
                written.keySet().retainAll(entries.keySet());
                Set<String> gone = new TreeSet<>(before);
                gone.removeAll(entries.keySet());
                if (!written.isEmpty() || !gone.isEmpty()) {
                    save(written, gone);
                }
            }
        }
    }

    /**
     * Adds what changed to the cache file, or writes it anew when it holds more replaced notices
     * than kept ones; a file not written costs the next build its reading, nothing more. Not
     * forced to disk: a file cut short by a crash lacks its last line and is no cache.
     */
    private void save(Map<String, Entry> written, Set<String> gone) {
        Path cacheFile = file.orElseThrow();
        try {
            if (recordsInFile >= 0 && recordsInFile + written.size() <= 2L * entries.size() + 16) {
                RecordFile.append(cacheFile, Stream.concat(Stream.concat(Stream.of(List.of("key", key)),
                        records(written)), gone.stream().map(path -> List.of("gone", path)))::iterator);
                recordsInFile += written.size();
            } else {
                RecordFile.write(cacheFile, HEADER, Stream.concat(Stream.of(List.of("key", key)),
                        records(new TreeMap<>(entries)))::iterator);
                recordsInFile = entries.size();
            }
        } catch (IOException | UncheckedIOException e) {
            file = Optional.empty();
            recordsInFile = -1;
        }
    }

    private static Stream<List<String>> records(Map<String, Entry> notices) {
        return notices.entrySet().stream().map(entry -> List.of("notice", entry.getKey(), entry.getValue().hash,
                entry.getValue().file, entry.getValue().json.get()));
    }
}
