package org.vacancypress.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The content hash each published file was rendered from, kept in the site as
 * {@value #FILE}: a file whose inputs hash the same need not be rendered again.
 */
public final class Manifest {

    public static final String FILE = ".vacancy-manifest";
    /**
     * The hash of a file the generator published but does not reuse (the list, the stylesheet):
     * listed so that a later build knows the file is its own to replace or remove.
     */
    public static final String NOT_REUSABLE = "-";
    private static final String HEADER = "# Vacancy Press: published file, then the hash of what it was rendered from";

    private final Map<String, String> hashes;

    private Manifest(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    /** The manifest of a published site; empty when there is none or it cannot be read. */
    public static Manifest of(Path site) {
        Map<String, String> hashes = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(site.resolve(FILE), StandardCharsets.UTF_8)) {
                int space = line.lastIndexOf(' ');
                if (!line.startsWith("#") && space > 0) {
                    hashes.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        } catch (IOException e) {
            hashes.clear();
        }
        return new Manifest(hashes);
    }

    public Optional<String> hash(String file) {
        return Optional.ofNullable(hashes.get(file));
    }

    /** Records a file; safe to call from several threads. */
    public synchronized void put(String file, String hash) {
        hashes.put(file, hash);
    }

    public synchronized byte[] bytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        hashes.forEach((file, hash) -> text.append(file).append(' ').append(hash).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
