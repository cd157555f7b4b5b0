package org.vacancypress.core.parallel;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work started on a thread of its own and taken when the build needs it: in a cold JVM most of
 * a step's time is loading and interpreting its classes, which the other core does meanwhile.
 */
public final class Beside {

    private Beside() {
    }

    /**
     * Starts {@code work} now on a daemon thread named {@code name}: a build that stops early
     * leaves it, and it keeps no JVM alive.
     */
    public static <T> CompletableFuture<T> start(String name, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                // Whatever stops it stops the build, as on the build's own thread.
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * The work's result, waited for; what it threw unchecked is thrown here as it was, a checked
     * exception in a {@link CompletionException}.
     */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
