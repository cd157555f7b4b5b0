package org.vacancypress.core.problem;

/** What to do when a notice needs more memory than the build has: said the same by each step. */
public final class OutOfMemory {

    private OutOfMemory() {
    }

    /** The message for a notice the step ("read", "render") ran out of memory on, the heap named. */
    public static String message(String step) {
        return "not enough memory to " + step + " the notice with a heap of " + heap()
                + " MiB: split the notice, or give the build more memory (MAVEN_OPTS=-Xmx1g)";
    }

    /** The message for the site's own files (lists, feeds), which list every notice in one file each. */
    public static String forSiteFiles(int notices) {
        return "not enough memory to render the site's lists of " + notices + " notices with a heap of " + heap()
                + " MiB: give the build more memory (MAVEN_OPTS=-Xmx" + Math.max(2, 2 * heap() / 1024) + "g)";
    }

    private static long heap() {
        return Runtime.getRuntime().maxMemory() / (1 << 20);
    }
}
