package org.vacancypress.core.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where rendered files go, and what the published site was rendered from: a file whose inputs
 * hash as before is kept, not rendered again. Safe to call from several threads.
 */
public interface RenderTarget {

    /** The hash of a notice's inputs: its file, whether it is open, the pages of its translations. */
    String noticeHash(Optional<Path> source, boolean open, List<String> linkedPages);

    /** A page's hash: its notice's and the size of its PDF, which its download link shows. */
    String pageHash(String noticeHash, Optional<String> pdfSize);

    /**
     * The hash of one of the site's own files (a list, a feed), rendered from the shared inputs
     * and the notices' summaries: the shared inputs and the hash of its bytes.
     */
    String siteFileHash(String contentHash);

    /** Whether the published {@code file} was rendered from inputs hashing {@code hash}. */
    boolean upToDate(String file, String hash);

    /** The size of a file of the published site, if it has one. */
    Optional<Long> publishedSize(String file);

    void write(String file, byte[] content, String hash);

    /**
     * Opens {@code file} to write as it is made (a list of every notice, never whole in
     * memory); {@link #written} records it once closed.
     */
    OutputStream create(String file) throws IOException;

    /** Records the hash of the inputs of a file written through {@link #create}. */
    void written(String file, String hash);

    /** Publishes the published site's {@code file} again, unchanged. */
    void keep(String file, String hash);

    /** A file rendered on every build (the lists, the assets). */
    void writeEveryTime(String file, byte[] content);

    /** Runs {@code action} once the files of this target are the published site; never when they are not. */
    void whenPublished(Runnable action);
}
