package org.vacancypress.core;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to build. Start from {@link #of} and change what differs from the defaults.
 *
 * @param sourceDirectory the notices folder
 * @param outputDirectory where the site is published (replaced as a whole)
 * @param templateDirectory the organization's templates overriding the defaults, if any
 * @param today the day notices are judged open or closed on, as at its start in the closing
 *     rule's time zone; by default the {@code clock}'s present moment
 * @param clock the present moment, when no day is given
 * @param includeDrafts whether notices marked {@code draft: true} are published
 * @param displayBase messages name files relative to this folder
 * @param threads how many notices render at once
 * @param failOnWarning whether warnings, like errors, stop the site from being published
 * @param baseUrl where the site is served, ending in {@code /}: canonical links, feed, sitemap and
 *     structured data use absolute addresses under it; without it, they are left out or relative
 * @param closingSoonDays a notice closing within this many days (today included) is marked closing soon
 */
public record BuildRequest(Path sourceDirectory, Path outputDirectory, Optional<Path> templateDirectory,
        Optional<LocalDate> today, Clock clock, boolean includeDrafts, Path displayBase, int threads,
        boolean failOnWarning, Optional<URI> baseUrl, int closingSoonDays) {

    public BuildRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (closingSoonDays < 0) {
            throw new IllegalArgumentException("closingSoonDays must not be negative, was " + closingSoonDays);
        }
        baseUrl = baseUrl.map(BuildRequest::asFolder);
    }

    /** Relative addresses resolve under the base address only when it ends in a slash. */
    private static URI asFolder(URI url) {
        if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http or https address, was " + url);
        }
        return url.getPath() == null || url.getPath().endsWith("/") ? url : URI.create(url + "/");
    }

    /** The notices of {@code sourceDirectory} to {@code outputDirectory}, judged now, on every core. */
    public static BuildRequest of(Path sourceDirectory, Path outputDirectory) {
        return new BuildRequest(sourceDirectory, outputDirectory, Optional.empty(), Optional.empty(),
                Clock.systemUTC(), false, Path.of(""), Runtime.getRuntime().availableProcessors(), false,
                Optional.empty(), 7);
    }

    public BuildRequest withOutputDirectory(Path directory) {
        return new BuildRequest(sourceDirectory, directory, templateDirectory, today, clock,
                includeDrafts, displayBase, threads, failOnWarning, baseUrl, closingSoonDays);
    }

    public BuildRequest withTemplateDirectory(Path directory) {
        return new BuildRequest(sourceDirectory, outputDirectory, Optional.of(directory), today, clock,
                includeDrafts, displayBase, threads, failOnWarning, baseUrl, closingSoonDays);
    }

    public BuildRequest withToday(LocalDate day) {
        return new BuildRequest(sourceDirectory, outputDirectory, templateDirectory, Optional.of(day), clock,
                includeDrafts, displayBase, threads, failOnWarning, baseUrl, closingSoonDays);
    }

    public BuildRequest withClock(Clock present) {
        return new BuildRequest(sourceDirectory, outputDirectory, templateDirectory, today, present,
                includeDrafts, displayBase, threads, failOnWarning, baseUrl, closingSoonDays);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(sourceDirectory, outputDirectory, templateDirectory, today, clock,
                drafts, displayBase, threads, failOnWarning, baseUrl, closingSoonDays);
    }

    public BuildRequest withDisplayBase(Path base) {
        return new BuildRequest(sourceDirectory, outputDirectory, templateDirectory, today, clock,
                includeDrafts, base, threads, failOnWarning, baseUrl, closingSoonDays);
    }

    public BuildRequest withThreads(int count) {
        return new BuildRequest(sourceDirectory, outputDirectory, templateDirectory, today, clock,
                includeDrafts, displayBase, count, failOnWarning, baseUrl, closingSoonDays);
    }

    public BuildRequest withFailOnWarning(boolean fail) {
        return new BuildRequest(sourceDirectory, outputDirectory, templateDirectory, today, clock,
                includeDrafts, displayBase, threads, fail, baseUrl, closingSoonDays);
    }

    public BuildRequest withBaseUrl(URI url) {
        return new BuildRequest(sourceDirectory, outputDirectory, templateDirectory, today, clock,
                includeDrafts, displayBase, threads, failOnWarning, Optional.of(url), closingSoonDays);
    }

    public BuildRequest withClosingSoonDays(int days) {
        return new BuildRequest(sourceDirectory, outputDirectory, templateDirectory, today, clock,
                includeDrafts, displayBase, threads, failOnWarning, baseUrl, days);
    }
}
