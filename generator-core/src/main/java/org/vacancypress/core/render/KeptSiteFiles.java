package org.vacancypress.core.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * manifest, not this, says whether each is still the file rendered then.
 */
public final class KeptSiteFiles {

    private record Rendered(List<PublishedNotice> listed, Map<String, String> contentHashes) {
    }

    private Optional<Rendered> last = Optional.empty();

    /** The hash of each file, by name, when the last build rendered the site's files from the same {@code listed}. */
    synchronized Optional<Map<String, String>> renderedFrom(List<PublishedNotice> listed) {
        return last.filter(rendered -> rendered.listed().equals(listed)).map(Rendered::contentHashes);
    }

    synchronized void rendered(List<PublishedNotice> listed, Map<String, String> contentHashes) {
        last = Optional.of(new Rendered(List.copyOf(listed), Map.copyOf(new LinkedHashMap<>(contentHashes))));
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
