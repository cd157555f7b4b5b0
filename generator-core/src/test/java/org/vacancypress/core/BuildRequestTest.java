package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.render.html.TemplateLimits;

/** Each {@code withX} changes its own component and keeps every other, checked by the constructor. */
class BuildRequestTest {

    private final BuildRequest base = BuildRequest.of(Path.of("notices"), Path.of("site"));

    @Test
    void eachChangeReplacesOnlyItsComponent() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        TemplateLimits limits = new TemplateLimits(Duration.ofSeconds(3), 1234);
        BuildRequest changed = base.withOutputDirectory(Path.of("out")).withTemplateDirectory(Path.of("templates"))
                .withToday(LocalDate.of(2026, 5, 1)).withClock(clock).withDrafts(true).withDisplayBase(Path.of("base"))
                .withThreads(3).withFailOnWarning(true).withBaseUrl(URI.create("https://jobs.example.org/careers"))
                .withClosingSoonDays(2).withTemplateLimits(limits).withArchivePageSize(20);

        assertEquals(new BuildRequest(Path.of("notices"), Path.of("out"), Optional.of(Path.of("templates")),
                Optional.of(LocalDate.of(2026, 5, 1)), clock, true, Path.of("base"), 3, true,
                Optional.of(URI.create("https://jobs.example.org/careers/")), 2, limits, 20), changed);
        assertEquals(base.withThreads(5), new BuildRequest(base.sourceDirectory(), base.outputDirectory(),
                base.templateDirectory(), base.today(), base.clock(), base.includeDrafts(), base.displayBase(), 5,
                base.failOnWarning(), base.baseUrl(), base.closingSoonDays(), base.templateLimits(),
                base.archivePageSize()));
    }

    @Test
    void aChangeIsCheckedAsANewRequestIs() {
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class, () -> base.withThreads(0));
        assertEquals("threads must be at least 1, was 0", threads.getMessage());
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> base.withBaseUrl(URI.create("ftp://example.org/")));
        assertEquals("baseUrl must be an absolute http or https address, was ftp://example.org/", url.getMessage());
    }
}
