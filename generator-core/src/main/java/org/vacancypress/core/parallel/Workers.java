package org.vacancypress.core.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a task on every notice (or notice file) on the build's threads, keeping the items' order,
 * and reports how far long runs are: every tenth of the items from {@value #MANY} items on, and
 * every few seconds in any case.
 */
public final class Workers {

    private static final int MANY = 100;
    private static final long PROGRESS_INTERVAL = 5_000_000_000L;

    private final int threads;
    private final Consumer<String> progress;

    /** @param progress where rendering reports how far it is */
    public Workers(int threads, Consumer<String> progress) {
        this.threads = threads;
        this.progress = progress;
    }

    /** The task's results in the items' order; files do not depend on each other. */
    public <T, R> List<R> each(List<T> items, Function<T, R> task) throws IOException {
        return run(items, task, false, Optional.empty());
    }

    /** As {@link #each}, reporting "Rendered n of N notices" as it goes. */
    public <T, R> List<R> rendering(List<T> items, Function<T, R> task) throws IOException {
        return run(items, task, true, Optional.empty());
    }

    /** A task that writes files. */
    @FunctionalInterface
    public interface Writing {
        void run() throws IOException;
    }

    /** As {@link #rendering}, with {@code beside} run meanwhile on a thread of its own; both are done when this returns. */
    public <T, R> List<R> rendering(List<T> items, Function<T, R> task, Writing beside) throws IOException {
        return run(items, task, true, Optional.of(beside));
    }

    private <T, R> List<R> run(List<T> items, Function<T, R> task, boolean report, Optional<Writing> beside)
            throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, items.size()))
                + (beside.isPresent() ? 1 : 0));
        try {
            Optional<Future<Object>> besides = beside.map(side -> executor.submit(() -> {
                side.run();
                return null;
            }));
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(executor.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>();
            long reported = System.nanoTime();
            int step = Math.max(1, items.size() / 10);
            for (Future<R> future : futures) {
                results.add(future.get());
                boolean tenth = results.size() % step == 0 && items.size() >= MANY;
                if (report && (tenth || System.nanoTime() - reported > PROGRESS_INTERVAL)) {
                    progress.accept("Rendered " + results.size() + " of " + items.size() + " notices ("
                            + results.size() * 100 / items.size() + " %)");
                    reported = System.nanoTime();
                }
            }
            if (besides.isPresent()) {
                besides.get().get();
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            // Loading and rendering report users' mistakes as problems: what arrives here is a bug.
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
            try {
                // A failed build deletes its staging folder: no worker may still be writing into it.
                executor.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
