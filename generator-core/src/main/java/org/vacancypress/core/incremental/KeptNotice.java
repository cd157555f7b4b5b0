package org.vacancypress.core.incremental;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.vacancypress.core.model.Notice;

/**
 * One file's notice in the {@link NoticeCache}: its summary's JSON and its whole JSON as read
 * from the cache file (decoded when first taken, by the thread that takes it) or as written by
 * this JVM; the summary made into records when first taken, the whole notice each time it is
 * taken. Its locations in its own file (as messages name it) are kept as line and column.
 */
final class KeptNotice {

    /** The hash of the notice's file when it was read. */
    final String hash;
    /** The notice's file as messages name it. */
    final String file;
    private final Supplier<String> summaryJson;
    private final Supplier<String> wholeJson;
    /** The length of its summary's JSON, in the file's bytes or in chars: what the records' budget counts. */
    final long summarySize;
    /** The length of both its JSON texts: what the cache's budget counts. */
    final long size;
    private final AtomicInteger wholeRead;
    private volatile NoticeCache.Summary summary;

    /**
     * @param summary the summary already made, if any
     * @param wholeRead counts the notices taken whole
     */
    KeptNotice(String hash, String file, Supplier<String> summaryJson, long summarySize, Supplier<String> wholeJson,
            long size, NoticeCache.Summary summary, AtomicInteger wholeRead) {
        this.hash = hash;
        this.file = file;
        this.summaryJson = summaryJson;
        this.summarySize = summarySize;
        this.wholeJson = wholeJson;
        this.size = size;
        this.summary = summary;
        this.wholeRead = wholeRead;
    }

    String summaryJson() {
        return summaryJson.get();
    }

    String wholeJson() {
        return wholeJson.get();
    }

    /** The summary as made, if it was. */
    NoticeCache.Summary summary() {
        return summary;
    }

    /** @param stays whether the record made stays made */
    Optional<NoticeCache.Summary> summary(boolean stays) {
        NoticeCache.Summary made = summary;
        if (made == null) {
            try {
                made = (NoticeCache.Summary) RecordJson.read(summaryJson.get(), NoticeCache.Summary.class, file);
            } catch (IOException | RuntimeException e) {
                // A record the model no longer accepts: the notice is read again.
                return Optional.empty();
            }
            if (stays) {
                summary = made;
            }
        }
        return Optional.of(made);
    }

    /** The notice whole; empty when its record cannot be read. */
    Optional<Notice> whole() {
        wholeRead.incrementAndGet();
        try {
            return Optional.of((Notice) RecordJson.read(wholeJson.get(), Notice.class, file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
