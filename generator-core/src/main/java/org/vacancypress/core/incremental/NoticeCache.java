package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

    private static final String HEADER = "vacancy-press notices 1";
    private static final Type KEPT = Kept.class;
    /**
     * How many characters of JSON the cache holds at most, in memory and in its file: notices
     * past it are read from their files, so that a large site builds in the memory it did
     * before (a notice takes some 16 KB: Maven's {@code -Xmx1g} keeps 4,000).
     */
    private static final long BUDGET = Runtime.getRuntime().maxMemory() / 16;

    /** A notice and what its checks found, in the form kept. */
    record Kept(Notice notice, List<Problem> problems) {

        Kept {
            problems = List.copyOf(problems);
        }
    }

    /** One file's notice: read from the cache file as JSON, made into records when first taken. */
    private static final class Entry {
        private final String hash;
        private final String json;
        private volatile Kept kept;

        Entry(String hash, String json, Kept kept) {
            this.hash = hash;
            this.json = json;
            this.kept = kept;
        }

        Optional<Kept> kept() {
            if (kept == null) {
                try {
                    kept = (Kept) RecordJson.read(json, KEPT);
                } catch (IOException | RuntimeException e) {
                    // A record the model no longer accepts: the notice is read again.
                    return Optional.empty();
                }
            }
            return Optional.of(kept);
        }
    }

    private Optional<Path> file = Optional.empty();
    private String key = "";
    private Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Opens the cache for one build: what memory holds when it is the same cache, else what its file holds. */
    synchronized NoticeStore open(Path cacheFile, String sharedKey) {
        if (!file.equals(Optional.of(cacheFile)) || !key.equals(sharedKey)) {
            file = Optional.of(cacheFile);
            key = sharedKey;
            entries = read(cacheFile, sharedKey);
        }
        return new Build();
    }

    /** Where the cache of the site in {@code site} is kept: beside it, like its stamp. */
    static Path fileFor(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".notices");
    }

    private static Map<String, Entry> read(Path cacheFile, String sharedKey) {
        Map<String, Entry> read = new ConcurrentHashMap<>();
        long[] size = {-1};
        boolean whole = RecordFile.read(cacheFile, HEADER, record -> {
            if (size[0] < 0) {
                size[0] = 0;
                return record.equals(List.of("key", sharedKey));
            }
            size[0] += record.get(record.size() - 1).length();
            if (record.size() != 4 || !record.get(0).equals("notice") || size[0] > BUDGET) {
                return false;
            }
            read.put(record.get(1), new Entry(record.get(2), record.get(3), null));
            return true;
        });
        return whole ? read : new ConcurrentHashMap<>();
    }

    /** One build's use of the cache: the files it asked about, by path, with their hash as read. */
    private final class Build implements NoticeStore {
        private final Map<String, String> asked = new ConcurrentHashMap<>();
        private final Map<String, Entry> added = new ConcurrentHashMap<>();
        private final AtomicLong addedSize = new AtomicLong();

        @Override
        public Optional<Notice> kept(Path notice, Problems problems) {
            String path = notice.toAbsolutePath().normalize().toString();
            String hash;
            try {
                hash = new Fingerprint().addFile(notice).hex();
            } catch (IOException e) {
                return Optional.empty();
            }
            asked.put(path, hash);
            Optional<Kept> kept = Optional.ofNullable(entries.get(path)).filter(entry -> entry.hash.equals(hash))
                    .flatMap(Entry::kept);
            kept.ifPresent(found -> found.problems().forEach(problems::add));
            return kept.map(Kept::notice);
        }

        @Override
        public void keep(Path notice, Notice read, List<Problem> found) {
            String path = notice.toAbsolutePath().normalize().toString();
            Optional.ofNullable(asked.get(path)).ifPresent(hash -> {
                Kept kept = new Kept(read, found);
                try {
                    String json = RecordJson.write(kept, KEPT);
                    if (addedSize.addAndGet(json.length()) <= BUDGET) {
                        added.put(path, new Entry(hash, json, kept));
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // A model this cache cannot write: the notice is read again next build.
                }
            });
        }

        @Override
        public void loaded() {
            synchronized (NoticeCache.this) {
                boolean changed = !added.isEmpty() || !asked.keySet().containsAll(entries.keySet());
                entries.keySet().retainAll(asked.keySet());
                entries.putAll(added);
                long size = 0;
                for (Map.Entry<String, Entry> entry : new TreeMap<>(entries).entrySet()) {
                    size += entry.getValue().json.length();
                    if (size > BUDGET) {
                        entries.remove(entry.getKey());
                    }
                }
                if (changed) {
                    save();
                }
            }
        }
    }

    /** Writes the cache file, a notice at a time; one not written costs the next build its reading, nothing more. */
    private void save() {
        Stream<List<String>> records = Stream.concat(Stream.of(List.of("key", key)), new TreeMap<>(entries).entrySet()
                .stream().map(entry -> List.of("notice", entry.getKey(), entry.getValue().hash, entry.getValue().json)));
        try {
            RecordFile.writeDurably(file.orElseThrow(), HEADER, records::iterator);
        } catch (IOException | UncheckedIOException e) {
            file = Optional.empty();
        }
    }
}
