package org.vacancypress.core.render.html;

import java.time.Duration;

/**
 * How long one template rendering may run and how many characters it may write: templates are
 * an organization's own code, and a loop without end must stop the build with an error on the
 * template, not hang it or fill the disk.
 *
 * @param time the longest one page, PDF source or site file may take to render
 * @param outputCharacters the most characters one rendering may write
 */
public record TemplateLimits(Duration time, int outputCharacters) {

    /**
     * Far above what real pages need: the largest notice allowed (4 MiB) renders in about a
     * second into less than 16 Mi characters.
     */
    public static final TemplateLimits DEFAULT = new TemplateLimits(Duration.ofSeconds(60), 16 << 20);

    public TemplateLimits {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("the template time limit must be positive, was " + time);
        }
        if (outputCharacters < 1) {
            throw new IllegalArgumentException("the template output limit must be positive, was " + outputCharacters);
        }
    }
}
