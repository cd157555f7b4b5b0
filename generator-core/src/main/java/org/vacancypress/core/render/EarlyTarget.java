package org.vacancypress.core.render;

/**
 * Where a build shows a notice's files before it publishes the site: the preview server's, so
 * that a saved notice's page is on screen while its PDF and the site's lists are still being
 * rendered. What a build publishes is the same with or without it.
 */
public interface EarlyTarget {

    /** Shows nothing early: every build but the preview's. */
    EarlyTarget NONE = new EarlyTarget() {
        @Override
        public boolean wanted() {
            return false;
        }

        @Override
        public void outdated(String file) {
        }

        @Override
        public void rendered(String file, byte[] content) {
        }

        @Override
        public void published() {
        }
    };

    /**
     * Whether the files of the notice about to be rendered are shown early: its page is then
     * rendered an extra time, before its PDF.
     */
    boolean wanted();

    /** The published {@code file} is being rendered again: what the site holds of it is out of date. */
    void outdated(String file);

    /**
     * {@code file} as this build renders it; a page shown before its PDF is rendered links the
     * published PDF with its size, and is rendered again, and shown again, once the PDF is.
     */
    void rendered(String file, byte[] content);

    /**
     * The site this build rendered is published, in the output folder's place: what was shown
     * early is in it. The build still clears what it replaced and records what it read.
     */
    void published();
}
