package org.vacancypress.maven;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.vacancypress.core.BuildRequest;
import org.vacancypress.core.render.html.TemplateLimits;

/** The parameters every goal shares, mapped to a {@link BuildRequest}. */
abstract class AbstractVacancyMojo extends AbstractMojo {

    /** What every user property of the plugin starts with: {@code -Dvacancy.today=...}. */
    static final String PROPERTY = "vacancy.";

    /** The folder of notice files and the organization's data files ({@code _organization.yaml}, {@code _data/}). */
    @Parameter(property = PROPERTY + "sourceDirectory", defaultValue = "${basedir}/notices")
    private File sourceDirectory;

    /**
     * Where the site is published, only when the build succeeds. The folder must be new, empty or
     * a site published before: one holding the notices, a project or other files is refused.
     */
    @Parameter(property = PROPERTY + "outputDirectory", defaultValue = "${project.build.directory}/careers")
    private File outputDirectory;

    /** The organization's templates: a file here overrides the default template of the same name. */
    @Parameter(property = PROPERTY + "templateDirectory")
    private File templateDirectory;

    /**
     * The day notices are judged open or closed on, as YYYY-MM-DD. By default, the present moment
     * in the time zone of the organization's closing rule (e.g. 23:59 Geneva time).
     */
    @Parameter(property = PROPERTY + "today")
    private String today;

    /** Publish notices marked {@code draft: true}, e.g. for a preview. */
    @Parameter(property = PROPERTY + "drafts", defaultValue = "false")
    private boolean drafts;

    /** How many notices render at once; the number of cores by default. */
    @Parameter(property = PROPERTY + "threads")
    private Integer threads;

    /** Treat warnings as errors: fail the build, publish nothing (as asciidoctor's {@code failIf}). */
    @Parameter(property = PROPERTY + "failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Check the spelling and grammar of every text with LanguageTool; {@code false} leaves the check out. */
    @Parameter(property = PROPERTY + "proofread", defaultValue = "true")
    private boolean proofread;

    /**
     * Where the site is served, e.g. {@code https://careers.example.org/}: canonical links, the
     * Atom feed, the sitemap and structured data use absolute addresses under it. Without it,
     * pages have no canonical link and no feed or sitemap is published.
     */
    @Parameter(property = PROPERTY + "baseUrl")
    private String baseUrl;

    /** Skip this goal. */
    @Parameter(property = PROPERTY + "skip", defaultValue = "false")
    private boolean skip;

    /** An open notice closing within this many days, today included, is marked "closing soon". */
    @Parameter(property = PROPERTY + "closingSoonDays", defaultValue = "7")
    private int closingSoonDays;

    /**
     * How many closed vacancies a page of the archive lists: {@code archive.html} is the first
     * page, {@code archive-2.html} the next, and so on.
     */
    @Parameter(property = PROPERTY + "archivePageSize", defaultValue = "100")
    private int archivePageSize;

    /**
     * The longest one template rendering (a page, a PDF's source, a site file) may run, in
     * seconds: a loop without end in an organization's template stops the build with an error
     * on the template.
     */
    @Parameter(property = PROPERTY + "templateTimeLimit", defaultValue = "60")
    private int templateTimeLimit;

    /** The most one template rendering may write, in Mi characters (1,048,576). */
    @Parameter(property = PROPERTY + "templateOutputLimit", defaultValue = "16")
    private int templateOutputLimit;

    boolean proofread() {
        return proofread;
    }

    boolean failOnWarning() {
        return failOnWarning;
    }

    File sourceDirectory() {
        return sourceDirectory;
    }


    /** Messages name files relative to where Maven was started, as a user typed them. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private String executionRoot;

    /** Runs the goal, unless {@code vacancy.skip} is set. */
    @Override
    public final void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping: " + PROPERTY + "skip is set");
            return;
        }
        executeGoal();
    }

    /** What the goal does. */
    abstract void executeGoal() throws MojoFailureException;

    File outputDirectory() {
        return outputDirectory;
    }

    BuildRequest request() throws MojoFailureException {
        Path displayBase = executionRoot == null ? Path.of("") : Path.of(executionRoot);
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && threads < 1) {
            throw new MojoFailureException(PROPERTY + "threads must be at least 1, found " + threads);
        }
        BuildRequest request = BuildRequest.of(sourceDirectory.toPath(), outputDirectory.toPath())
                .withDrafts(drafts).withDisplayBase(displayBase).withThreads(threads == null ? cores : threads)
                .withFailOnWarning(failOnWarning);
        if (templateDirectory != null) {
            request = request.withTemplateDirectory(templateDirectory.toPath());
        }
        if (closingSoonDays < 0) {
            throw new MojoFailureException(PROPERTY + "closingSoonDays must not be negative, found " + closingSoonDays);
        }
        request = request.withClosingSoonDays(closingSoonDays);
        if (archivePageSize < 1) {
            throw new MojoFailureException(PROPERTY + "archivePageSize must be at least 1, found " + archivePageSize);
        }
        request = request.withArchivePageSize(archivePageSize);
        if (templateTimeLimit < 1 || templateOutputLimit < 1 || templateOutputLimit > 1024) {
            throw new MojoFailureException(PROPERTY + "templateTimeLimit must be at least 1 (seconds) and "
                    + PROPERTY + "templateOutputLimit between 1 and 1024 (Mi characters), found " + templateTimeLimit
                    + " and " + templateOutputLimit);
        }
        request = request.withTemplateLimits(new TemplateLimits(Duration.ofSeconds(templateTimeLimit),
                templateOutputLimit << 20));
        if (baseUrl != null && !baseUrl.isBlank()) {
            try {
                request = request.withBaseUrl(new URI(baseUrl.strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new MojoFailureException(PROPERTY + "baseUrl must be an absolute http or https address such as"
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
            throw new MojoFailureException(PROPERTY + "today must be a date written YYYY-MM-DD, found '" + today + "'");
        }
    }
}
