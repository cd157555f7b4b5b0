package org.vacancypress.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.vacancypress.core.render.html.TemplateLimits;

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
 * @param templateLimits how long one template rendering may run and how much it may write
 * @param archivePageSize how many closed vacancies a page of the archive lists
 */
public record BuildRequest(Path sourceDirectory, Path outputDirectory, Optional<Path> templateDirectory,
        Optional<LocalDate> today, Clock clock, boolean includeDrafts, Path displayBase, int threads,
        boolean failOnWarning, Optional<URI> baseUrl, int closingSoonDays, TemplateLimits templateLimits,
        int archivePageSize) {

    public BuildRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (closingSoonDays < 0) {
            throw new IllegalArgumentException("closingSoonDays must not be negative, was " + closingSoonDays);
        }
        if (archivePageSize < 1) {
            throw new IllegalArgumentException("archivePageSize must be at least 1, was " + archivePageSize);
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

    /** A page of the archive of 100 vacancies is about 75 KB of HTML: quick to load on a phone, few pages to browse. */
    public static final int DEFAULT_ARCHIVE_PAGE_SIZE = 100;

    /** The notices of {@code sourceDirectory} to {@code outputDirectory}, judged now, on every core. */
    public static BuildRequest of(Path sourceDirectory, Path outputDirectory) {
        return new BuildRequest(sourceDirectory, outputDirectory, Optional.empty(), Optional.empty(),
                Clock.systemUTC(), false, Path.of(""), Runtime.getRuntime().availableProcessors(), false,
                Optional.empty(), 7, TemplateLimits.DEFAULT, DEFAULT_ARCHIVE_PAGE_SIZE);
    }

    public BuildRequest withOutputDirectory(Path directory) {
        return with("outputDirectory", directory);
    }

    public BuildRequest withTemplateDirectory(Path directory) {
        return with("templateDirectory", Optional.of(directory));
    }

    public BuildRequest withToday(LocalDate day) {
        return with("today", Optional.of(day));
    }

    public BuildRequest withClock(Clock present) {
        return with("clock", present);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return with("includeDrafts", drafts);
    }

    public BuildRequest withDisplayBase(Path base) {
        return with("displayBase", base);
    }

    public BuildRequest withThreads(int count) {
        return with("threads", count);
    }

    public BuildRequest withFailOnWarning(boolean fail) {
        return with("failOnWarning", fail);
    }

    public BuildRequest withBaseUrl(URI url) {
        return with("baseUrl", Optional.of(url));
    }

    public BuildRequest withClosingSoonDays(int days) {
        return with("closingSoonDays", days);
    }

    public BuildRequest withTemplateLimits(TemplateLimits limits) {
        return with("templateLimits", limits);
    }

    public BuildRequest withArchivePageSize(int vacancies) {
        return with("archivePageSize", vacancies);
    }

    /**
     * This request with one component replaced, through the canonical constructor (which checks
     * it): the components are listed once, in the record's header, and a new one needs no copying code.
     */
    private BuildRequest with(String component, Object value) {
        RecordComponent[] components = BuildRequest.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        if (Arrays.stream(components).noneMatch(known -> known.getName().equals(component))) {
            throw new IllegalArgumentException("a build request has no component " + component);
        }
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(this);
            }
            return BuildRequest.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException checked) {
                throw checked;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's own components are always readable", e);
        }
    }
}
