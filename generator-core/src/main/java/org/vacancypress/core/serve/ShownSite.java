package org.vacancypress.core.serve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.vacancypress.core.EarlyFiles;
import org.vacancypress.core.problem.Problem;

/**
 * What the preview's pages show: the site's version (one a rebuild), what they show (changed
 * also when a rebuild shows a saved notice's page early), the errors of the last rebuild, and
 * the files the rebuild under way shows before it publishes the site. Requests wait here for
 * either to change.
 */
final class ShownSite implements EarlyFiles {

    /** The files a rebuild shows early, held in memory until it publishes them: a few notices' pages and PDFs. */
    private static final int MAX_EARLY_FILES = 16;

    private final Object lock = new Object();
    /** The files shown early, by name in the site; empty while a file is out of date and not rendered yet. */
    private final Map<String, Optional<byte[]>> early = new HashMap<>();
    private boolean pageShownEarly;
    /** Whether the rebuild under way published its site, which the pages then show. */
    private boolean publishedEarly;
    private volatile int version;
    private volatile int shown;
    private volatile List<Problem> errors = List.of();

    /** Incremented by every rebuild. */
    int version() {
        return version;
    }

    /** Incremented by every rebuild, and when a rebuild shows a page early or publishes: pages reload when it changes. */
    int shown() {
        return shown;
    }

    /** The last rebuild's errors, which every page shows until they are fixed. */
    List<Problem> errors() {
        return errors;
    }

    /** The first few: a build of every notice (a template saved) is shown when it is published. */
    @Override
    public boolean wanted() {
        synchronized (lock) {
            return early.size() < MAX_EARLY_FILES;
        }
    }

    @Override
    public void outdated(String file) {
        synchronized (lock) {
            if (early.size() < MAX_EARLY_FILES) {
                early.put(file, Optional.empty());
            }
        }
    }

    @Override
    public void rendered(String file, byte[] content) {
        synchronized (lock) {
            if (!early.containsKey(file) && early.size() >= MAX_EARLY_FILES) {
                return;
            }
            early.put(file, Optional.of(content));
            // Open pages reload once for the page shown early, and again when the site is published.
            if (file.endsWith(".html") && !pageShownEarly) {
                pageShownEarly = true;
                shown++;
            }
            lock.notifyAll();
        }
    }

    /** Shown at once, while the build deletes the site it replaced and records what it read. */
    @Override
    public void published() {
        synchronized (lock) {
            // Only a build without errors publishes.
            errors = List.of();
            early.clear();
            publishedEarly = true;
            shown++;
            lock.notifyAll();
        }
    }

    /** A rebuild ended, with these errors. */
    void rebuilt(List<Problem> errorsFound) {
        synchronized (lock) {
            errors = errorsFound;
            early.clear();
            pageShownEarly = false;
            version++;
            if (!publishedEarly) {
                shown++;
            }
            publishedEarly = false;
            lock.notifyAll();
        }
    }

    /**
     * The file the rebuild under way shows early, if any: one out of date and not rendered yet
     * is waited for (a PDF while its notice's page is already shown), never served stale.
     */
    Optional<byte[]> earlyFile(String file, long waitMillis) {
        long deadline = System.currentTimeMillis() + waitMillis;
        synchronized (lock) {
            while (early.containsKey(file) && early.get(file).isEmpty()) {
                if (!waited(deadline)) {
                    break;
                }
            }
            return early.getOrDefault(file, Optional.empty());
        }
    }

    /**
     * Waits until {@code counter} (the version or what is shown) is no longer the one the query
     * ({@code since=N}) gives, or a while.
     */
    void waitForChange(String query, IntSupplier counter, long waitMillis) {
        int since = query != null && query.startsWith("since=") ? parse(query.substring(6)) : -1;
        long deadline = System.currentTimeMillis() + waitMillis;
        synchronized (lock) {
            while (counter.getAsInt() == since) {
                if (!waited(deadline)) {
                    return;
                }
            }
        }
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Wakes everything waiting here: the server is closing. */
    void wakeAll() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Waits for a change, holding the lock; false once the deadline passed or the thread was interrupted. */
    private boolean waited(long deadline) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
            return false;
        }
        try {
            lock.wait(left);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
