package org.vacancypress.core.problem;

/** What to do when a notice needs more memory than the build has: said the same by each step. */
public final class OutOfMemory {

    private OutOfMemory() {
    }

    /** The message for a notice the step ("read", "render") ran out of memory on, the heap named. */
    public static String message(String step) {
        return "not enough memory to " + step + " the notice with a heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB: split the notice, or give the build more memory (MAVEN_OPTS=-Xmx1g)";
    }
}
