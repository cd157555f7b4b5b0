package org.vacancypress.core.incremental;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every file the generator published, with the hash of what it was rendered from, kept in the
 * site as {@value #FILE}: a file whose inputs hash the same need not be rendered again, and a
 * file not listed is someone else's.
 */
final class Manifest {

    static final String FILE = ".vacancy-manifest";
    /**
     * The hash of a file the generator published but does not reuse (the list, the stylesheet):
     * listed so that a later build knows the file is its own to replace or remove.
     */
    static final String NOT_REUSABLE = "-";
    private static final String HEADER = "vacancy-press manifest 3";

    private final Map<String, String> hashes;

    private Manifest(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    /** The manifest of a published site; empty when there is none or it cannot be read. */
    static Manifest of(Path site) {
        Map<String, String> hashes = new TreeMap<>();
        RecordFile.read(site.resolve(FILE), HEADER).ifPresent(records -> records.stream()
                .filter(record -> record.size() == 3 && record.get(0).equals("file"))
                .forEach(record -> hashes.put(record.get(1), record.get(2))));
        return new Manifest(hashes);
    }

    Optional<String> hash(String file) {
        return Optional.ofNullable(hashes.get(file));
    }

    /** Records a file; safe to call from several threads. */
    synchronized void put(String file, String hash) {
        hashes.put(file, hash);
    }

    synchronized byte[] bytes() {
        return RecordFile.bytes(HEADER, hashes.entrySet().stream()
                .map(entry -> List.of("file", entry.getKey(), entry.getValue())).toList());
    }
}
