package org.vacancypress.core.render;

import java.util.Locale;
import java.util.Optional;

/** A PDF's size as its download link shows it: "84 KB", "1.2 MB". */
final class PdfSize {

    private static final long MEBIBYTE = 1024 * 1024;

    private PdfSize() {
    }

    /** Empty when there is no PDF. */
    static Optional<String> of(Optional<Long> bytes) {
        return bytes.map(size -> size < MEBIBYTE ? Math.max(1, Math.round(size / 1024.0)) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", size / (double) MEBIBYTE));
    }
}
