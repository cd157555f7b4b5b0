package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 * hashes the same; a cache file that cannot be read is no cache. Each notice is kept twice: a
 * summary (its outline, its problems, its texts' search words), which is all a build needs of a
 * notice it does not render, and the notice whole, read only to render it.
 */
public final class NoticeCache {

    private static final String HEADER = "vacancy-press notices 4";
    private static final Type SUMMARY = Summary.class;
    private static final Type WHOLE = Notice.class;
    /**
     * How many characters of JSON the cache holds at most, in memory and in its file: notices
     * past it are read from their files, so that a large site builds in the memory it did
     * before (a notice takes some 10,000 characters: Maven's {@code -Xmx1g} keeps about 6,000).
     */
    private static final long BUDGET = Runtime.getRuntime().maxMemory() / 16;
    /**
     * How many characters of JSON the summaries whose records stay made (for the next build in the
     * same process) may take: a record takes about twice its JSON, and a large site's records would
     * hold in memory the notices the build has no room for (see {@code HeldNotices}).
     */
    private static final long RECORDS_BUDGET = BUDGET / 4;

    /**
     * What a build needs of a notice it does not render: its outline (the lists, the checks
     * across notices), what its checks found, and the words of its texts (the site's search).
     */
    record Summary(Notice outline, List<Problem> problems, String textWords) {

        Summary {
            problems = List.copyOf(problems);
        }
    }

    private final Function<Notice, String> textWords;
    private Optional<Path> file = Optional.empty();
    private String key = "";
    private Map<String, KeptNotice> entries = new ConcurrentHashMap<>();
    /**
     * How many notices the file holds, those replaced or forgotten by the records after them
     * included; -1 when the file is not known whole (none, unreadable): it is then written anew.
     */
    private long recordsInFile = -1;
    /** The reading of the file into {@link #entries}, done when they may be used: whether their records stay made. */
    private CompletableFuture<Boolean> reading = CompletableFuture.completedFuture(true);
    /** Set when the build that opened the cache has taken its notices: the reading thread stops. */
    private volatile boolean taken;
    private final AtomicInteger wholeRead = new AtomicInteger();

    /** @param textWords the words of a notice's texts, as the site's search finds them: kept in its summary */
    public NoticeCache(Function<Notice, String> textWords) {
        this.textWords = textWords;
    }

    /**
     * How many notices this cache's builds took whole from their records: one a notice rendered,
     * none for the others (what a build with one notice changed reads).
     */
    public int wholeNoticesRead() {
        return wholeRead.get();
    }

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
                for (KeptNotice entry : new TreeMap<>(entries).descendingMap().values()) {
                    if (!read.join() || entry.summary() != null || taken) {
                        break;
                    }
                    entry.summary(true);
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
        return entries.values().stream().mapToLong(entry -> entry.summarySize).sum() <= RECORDS_BUDGET;
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
        Map<String, KeptNotice> read = new ConcurrentHashMap<>();
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
                    if (record.size() != 6) {
                        return false;
                    }
                    RecordFile.Field summary = record.get(4);
                    RecordFile.Field notice = record.get(5);
                    KeptNotice entry = new KeptNotice(record.get(2).text(), record.get(3).text(), summary::text,
                            summary.length(), notice::text, summary.length() + notice.length(), null, wholeRead);
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
        private final Map<String, KeptNotice> added = new ConcurrentHashMap<>();
        private final AtomicLong addedSize = new AtomicLong();
        /** The cache as read, and whether the records made from it stay made. */
        private final CompletableFuture<Boolean> reading;

        Build(FileHashes files, CompletableFuture<Boolean> reading) {
            this.files = files;
            this.reading = reading;
        }

        @Override
        public Optional<NoticeStore.Kept> kept(Path notice, Problems problems) {
            String path = notice.toAbsolutePath().normalize().toString();
            Optional<byte[]> content;
            try {
                content = files.of(notice);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (content.isEmpty()) {
                // Gone since the folder was listed: loading reports it.
                return Optional.empty();
            }
            String hash = new Fingerprint(files).addFile(notice, content).hex();
            asked.put(path, hash);
            boolean recordsStay = reading.join();
            Optional<KeptNotice> entry = Optional.ofNullable(entries.get(path)).filter(kept -> kept.hash.equals(hash));
            Optional<Summary> summary = entry.flatMap(kept -> kept.summary(recordsStay));
            summary.ifPresent(found -> found.problems().forEach(problems::add));
            return summary.map(found -> new NoticeStore.Kept(found.outline(), found.textWords(), entry.get()::whole,
                    HexFormat.of().formatHex(content.orElseThrow())));
        }

        @Override
        public void keep(Path notice, Notice read, List<Problem> found) {
            String path = notice.toAbsolutePath().normalize().toString();
            Optional.ofNullable(asked.get(path)).ifPresent(hash -> {
                Summary summary = new Summary(read.outline(), found, textWords.apply(read));
                String file = read.sources().file().file();
                try {
                    String summaryJson = RecordJson.write(summary, SUMMARY, file);
                    String wholeJson = RecordJson.write(read, WHOLE, file);
                    long size = addedSize.addAndGet(summaryJson.length() + wholeJson.length());
                    if (size <= BUDGET) {
                        added.put(path, new KeptNotice(hash, file, () -> summaryJson, summaryJson.length(), () -> wholeJson,
                                summaryJson.length() + wholeJson.length(), size <= RECORDS_BUDGET ? summary : null,
                                wholeRead));
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
                for (Map.Entry<String, KeptNotice> entry : new TreeMap<>(entries).entrySet()) {
                    size += entry.getValue().size;
                    if (size > BUDGET) {
                        entries.remove(entry.getKey());
                    }
                }
                Map<String, KeptNotice> written = new TreeMap<>(added);
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
    private void save(Map<String, KeptNotice> written, Set<String> gone) {
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

    private static Stream<List<String>> records(Map<String, KeptNotice> notices) {
        return notices.entrySet().stream().map(entry -> List.of("notice", entry.getKey(), entry.getValue().hash,
                entry.getValue().file, entry.getValue().summaryJson(), entry.getValue().wholeJson()));
    }
}
