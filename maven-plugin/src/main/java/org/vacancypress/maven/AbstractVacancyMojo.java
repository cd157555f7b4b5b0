package org.vacancypress.maven;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.vacancypress.core.BuildRequest;

/** The parameters every goal shares, mapped to a {@link BuildRequest}. */
abstract class AbstractVacancyMojo extends AbstractMojo {

    /** The folder of notice files and the organization's data files ({@code _organization.yaml}, {@code _data/}). */
    @Parameter(property = "vacancy.sourceDirectory", defaultValue = "${basedir}/notices")
    private File sourceDirectory;

    /**
     * Where the site is published, only when the build succeeds. The folder must be new, empty or
     * a site published before: one holding the notices, a project or other files is refused.
     */
    @Parameter(property = "vacancy.outputDirectory", defaultValue = "${project.build.directory}/careers")
    private File outputDirectory;

    /** The organization's templates: a file here overrides the default template of the same name. */
    @Parameter(property = "vacancy.templateDirectory")
    private File templateDirectory;

    /**
     * The day notices are judged open or closed on, as YYYY-MM-DD. By default, the present moment
     * in the time zone of the organization's closing rule (e.g. 23:59 Geneva time).
     */
    @Parameter(property = "vacancy.today")
    private String today;

    /** Publish notices marked {@code draft: true}, e.g. for a preview. */
    @Parameter(property = "vacancy.drafts", defaultValue = "false")
    private boolean drafts;

    /** How many notices render at once; the number of cores by default. */
    @Parameter(property = "vacancy.threads")
    private Integer threads;

    /** Treat warnings as errors: fail the build, publish nothing (as asciidoctor's {@code failIf}). */
    @Parameter(property = "vacancy.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Check the spelling and grammar of every text with LanguageTool; {@code false} leaves the check out. */
    @Parameter(property = "vacancy.proofread", defaultValue = "true")
    private boolean proofread;

    /**
     * Where the site is served, e.g. {@code https://careers.example.org/}: canonical links, the
     * Atom feed, the sitemap and structured data use absolute addresses under it. Without it,
     * pages have no canonical link and no feed or sitemap is published.
     */
    @Parameter(property = "vacancy.baseUrl")
    private String baseUrl;

    /** An open notice closing within this many days, today included, is marked "closing soon". */
    @Parameter(property = "vacancy.closingSoonDays", defaultValue = "7")
    private int closingSoonDays;

    boolean skip() {
        return skip;
    }

    boolean proofread() {
        return proofread;
    }

    boolean failOnWarning() {
        return failOnWarning;
    }

    File sourceDirectory() {
        return sourceDirectory;
    }

    /** Skip this goal. */
    @Parameter(property = "vacancy.skip", defaultValue = "false")
    private boolean skip;

    /** Messages name files relative to where Maven was started, as a user typed them. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private String executionRoot;

    File outputDirectory() {
        return outputDirectory;
    }

    BuildRequest request() throws MojoFailureException {
        Path displayBase = executionRoot == null ? Path.of("") : Path.of(executionRoot);
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && threads < 1) {
            throw new MojoFailureException("vacancy.threads must be at least 1, found " + threads);
        }
        BuildRequest request = BuildRequest.of(sourceDirectory.toPath(), outputDirectory.toPath())
                .withDrafts(drafts).withDisplayBase(displayBase).withThreads(threads == null ? cores : threads)
                .withFailOnWarning(failOnWarning);
        if (templateDirectory != null) {
            request = request.withTemplateDirectory(templateDirectory.toPath());
        }
        if (closingSoonDays < 0) {
            throw new MojoFailureException("vacancy.closingSoonDays must not be negative, found " + closingSoonDays);
        }
        request = request.withClosingSoonDays(closingSoonDays);
        if (baseUrl != null && !baseUrl.isBlank()) {
            try {
                request = request.withBaseUrl(new URI(baseUrl.strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new MojoFailureException("vacancy.baseUrl must be an absolute http or https address such as"
                        + " https://careers.example.org/, found '" + baseUrl + "'");
            }
        }
        return day().map(request::withToday).orElse(request);
    }

    /** The day given, if any; by default the generator takes the present moment in the closing time zone. */
    private Optional<LocalDate> day() throws MojoFailureException {
        if (today == null || today.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(today.strip()));
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("vacancy.today must be a date written YYYY-MM-DD, found '" + today + "'");
        }
    }
}
