package org.vacancypress.core.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.vacancypress.core.render.site.PublishedNotice;

/**
 * The site's own files (lists, feeds, sitemap, jobs.json) as one generator's last build
 * rendered them: what they list of each notice, and the hash of each file's bytes. The
 * preview's next build, when a save changed nothing they show (a notice's text, the usual
 * edit), keeps the published ones instead of rendering them again; the published site's
 * manifest, not this, says whether each is still the file rendered then. Kept in a file beside
 * the site too, by the hash of what they list, so that a build from the command line keeps them
 * as well: then only while the published files still hold the bytes rendered (a file edited by
 * hand is rendered again).
 */
public final class KeptSiteFiles {

    private static final String HEADER = "vacancy-press site files 1";

    /**
     * What the files list, by its hash, and each file's hash, by name.
     *
     * @param published whether the site is known to hold the files as rendered: not yet when read from the file
     */
    private record Rendered(String listed, Map<String, String> contentHashes, boolean published) {
    }

    private final Optional<Path> file;
    private final Path site;
    private final String settings;
    private Optional<Rendered> last = Optional.empty();

    /**
     * Kept in memory and in {@code file}, if any, which the first build of this generator reads.
     *
     * @param site the published site the files are in
     * @param settings what the files depend on besides what they list and the site's shared inputs
     *     (how many vacancies a page of the archive lists): files kept with other settings are not kept
     */
    public KeptSiteFiles(Optional<Path> file, Path site, String settings) {
        this.file = file;
        this.site = site;
        this.settings = settings;
    }

    /** The hash of each file, by name, when the last build rendered the site's files from the same {@code listed}. */
    synchronized Optional<Map<String, String>> renderedFrom(List<PublishedNotice> listed) {
        if (last.isEmpty()) {
            last = file.flatMap(KeptSiteFiles::read);
        }
        String hash = hash(settings, listed);
        // The published files are read only for a list that matches: at 100,000 notices they are 130 MB.
        last = last.flatMap(rendered -> !rendered.listed().equals(hash) || rendered.published() ? Optional.of(rendered)
                : published(rendered) ? Optional.of(new Rendered(rendered.listed(), rendered.contentHashes(), true))
                : Optional.empty());
        return last.filter(rendered -> rendered.listed().equals(hash)).map(Rendered::contentHashes);
    }

    synchronized void rendered(List<PublishedNotice> listed, Map<String, String> contentHashes) {
        Rendered rendered = new Rendered(hash(settings, listed), Map.copyOf(new LinkedHashMap<>(contentHashes)), true);
        last = Optional.of(rendered);
        file.ifPresent(kept -> write(kept, rendered));
    }

    /**
     * What tells one list of notices from another: the checksums of its text. The notices' facts
     * are records of strings, numbers, dates, optionals and lists, whose text names every value.
     */
    private static String hash(String settings, List<PublishedNotice> listed) {
        Hashing hash = new Hashing(OutputStream.nullOutputStream());
        try {
            hash.write((settings + "\n").getBytes(StandardCharsets.UTF_8));
            for (PublishedNotice notice : listed) {
                hash.write((notice + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hash.hash();
    }

    /** The files kept in {@code file}; none when it cannot be read or is of another kind. */
    private static Optional<Rendered> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            Map<String, String> hashes = new LinkedHashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    return Optional.empty();
                }
                hashes.put(line.substring(0, tab), line.substring(tab + 1));
            }
            return Optional.of(new Rendered(lines.get(1), Map.copyOf(hashes), false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the site holds each file as rendered. */
    private boolean published(Rendered rendered) {
        try {
            for (Map.Entry<String, String> kept : rendered.contentHashes().entrySet()) {
                Path published = site.resolve(kept.getKey());
                if (!Files.isRegularFile(published)) {
                    return false;
                }
                Hashing hash = new Hashing(OutputStream.nullOutputStream());
                try (InputStream in = Files.newInputStream(published)) {
                    in.transferTo(hash);
                }
                if (!hash.hash().equals(kept.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes {@code file} whole or not at all; a file not written costs the next build the lists, nothing more. */
    private static void write(Path file, Rendered rendered) {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(rendered.listed()).append('\n');
        rendered.contentHashes().forEach((name, hash) -> text.append(name).append('\t').append(hash).append('\n'));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Left beside the site, where the next write replaces it.
            }
        }
    }

    /**
     * Passes bytes on and takes as they pass what tells them from another version's: their
     * length and two checksums. Not SHA-256, which this JVM's compiler (C1) leaves slow: a
     * megabyte of lists would cost more to hash than to render; it only tells the file this
     * generator rendered from the one a failed or another build left in the site.
     */
    static final class Hashing extends FilterOutputStream {
        private final CRC32C castagnoli = new CRC32C();
        private final CRC32 ieee = new CRC32();
        private long length;

        Hashing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws IOException {
            castagnoli.update(bytes, offset, count);
            ieee.update(bytes, offset, count);
            length += count;
            out.write(bytes, offset, count);
        }

        String hash() {
            return length + ":" + Long.toHexString(castagnoli.getValue()) + ":" + Long.toHexString(ieee.getValue());
        }
    }
}
