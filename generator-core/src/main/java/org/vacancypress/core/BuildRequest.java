package org.vacancypress.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to build.
 *
 * @param sourceDirectory the notices folder
 * @param outputDirectory where the site is published (replaced as a whole)
 * @param templateDirectory the organization's templates overriding the defaults, if any
 * @param today the day open and closed notices are judged against
 * @param includeDrafts whether notices marked {@code draft: true} are published
 * @param displayBase messages name files relative to this folder
 * @param threads how many notices render at once
 * @param failOnWarning whether warnings, like errors, stop the site from being published
 */
public record BuildRequest(Path sourceDirectory, Path outputDirectory, Optional<Path> templateDirectory,
        LocalDate today, boolean includeDrafts, Path displayBase, int threads, boolean failOnWarning) {

    public BuildRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** As many threads as the machine has cores; warnings do not stop publishing. */
    public BuildRequest(Path sourceDirectory, Path outputDirectory, Optional<Path> templateDirectory,
            LocalDate today, boolean includeDrafts, Path displayBase) {
        this(sourceDirectory, outputDirectory, templateDirectory, today, includeDrafts, displayBase,
                Runtime.getRuntime().availableProcessors(), false);
    }
}
