package org.vacancypress.core.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.vacancypress.core.render.site.PublishedNotice;

/**
 * The site's own files (lists, feeds, sitemap, jobs.json) as this generator's last published
 * build left them: the hash of what they list of each notice, and each file's content hash,
 * size and modification time. The next build, when nothing they show changed (a notice's text,
 * the usual edit), keeps the published ones instead of rendering them again; the published
 * site's manifest, not this, says whether each was rendered with those bytes from the same
 * shared inputs, and its size and time whether it was edited since (as git's index tells a
 * file changed, without reading it). Kept in memory for the preview's next save, and in a file
 * beside the site for a build from the command line. Recorded only once the site is published:
 * a build that fails leaves what the published site was rendered from.
 */
public final class KeptSiteFiles {

    private static final String HEADER = "vacancy-press site files 2";
    private static final String UNREADABLE = "none";

    /** What the files list, by its hash, and each file as published, by name. */
    private record Published(String listed, Map<String, PublishedFile> files) {
    }

    /** A file's content hash, and its size and modification time once published ({@link #stat}). */
    private record PublishedFile(String contentHash, String stat) {
    }

    private final Optional<Path> file;
    private final Path site;
    private final Function<List<PublishedNotice>, String> listedHash;
    private Optional<Published> last = Optional.empty();
    private boolean read;

    /**
     * Kept in memory and in {@code file}, if any, which the first build of this generator reads.
     *
     * @param site the published site the files are in
     * @param listedHash what tells one list of notices from another for these files, with what
     *     they depend on besides the notices and the site's shared inputs (how many vacancies a
     *     page of the archive lists)
     */
    public KeptSiteFiles(Optional<Path> file, Path site, Function<List<PublishedNotice>, String> listedHash) {
        this.file = file;
        this.site = site;
        this.listedHash = listedHash;
    }

    /** What tells {@code listed} from another list of notices. */
    String hash(List<PublishedNotice> listed) {
        return listedHash.apply(listed);
    }

    /**
     * The content hash of each file, by name, when the last published build rendered the site's
     * files from the same list and none was changed since.
     */
    synchronized Optional<Map<String, String>> renderedFrom(String listed) {
        if (!read) {
            last = file.flatMap(KeptSiteFiles::read);
            read = true;
        }
        return last.filter(published -> published.listed().equals(listed) && published.files().entrySet().stream()
                .allMatch(kept -> unchanged(kept.getValue(), site.resolve(kept.getKey()))))
                .map(published -> contentHashes(published.files()));
    }

    /** Records the site's files, rendered or kept from {@code listed}, once the site holding them is published. */
    synchronized void published(String listed, Map<String, String> contentHashes) {
        Map<String, PublishedFile> files = new TreeMap<>();
        contentHashes.forEach((name, hash) -> files.put(name, new PublishedFile(hash, stat(site.resolve(name)))));
        Published published = new Published(listed, Map.copyOf(files));
        if (!last.equals(Optional.of(published))) {
            last = Optional.of(published);
            file.ifPresent(kept -> write(kept, files, listed));
        }
    }

    private static boolean unchanged(PublishedFile kept, Path published) {
        String now = stat(published);
        return !now.equals(UNREADABLE) && now.equals(kept.stat());
    }

    private static Map<String, String> contentHashes(Map<String, PublishedFile> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((name, published) -> hashes.put(name, published.contentHash()));
        return hashes;
    }

    /** A file's size and modification time; a file that cannot be read has none, and matches none. */
    private static String stat(Path published) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(published, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes.size() + " " + attributes.lastModifiedTime() : UNREADABLE;
        } catch (IOException e) {
            return UNREADABLE;
        }
    }

    /** The files kept in {@code file}; none when it cannot be read or is of another kind. */
    private static Optional<Published> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            Map<String, PublishedFile> files = new TreeMap<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    return Optional.empty();
                }
                files.put(fields[0], new PublishedFile(fields[1], fields[2]));
            }
            return Optional.of(new Published(lines.get(1), Map.copyOf(files)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code file} whole or not at all; a file not written costs the next build the lists, nothing more. */
    private static void write(Path file, Map<String, PublishedFile> files, String listed) {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(listed).append('\n');
        files.forEach((name, published) -> text.append(name).append('\t').append(published.contentHash())
                .append('\t').append(published.stat()).append('\n'));
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
