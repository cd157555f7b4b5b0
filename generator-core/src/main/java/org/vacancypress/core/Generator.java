package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vacancypress.core.incremental.BuildCache;
import org.vacancypress.core.incremental.FileHashes;
import org.vacancypress.core.incremental.NoticeCache;
import org.vacancypress.core.incremental.RecordsHash;
import org.vacancypress.core.load.Loader;
import org.vacancypress.core.load.MessageFiles;
import org.vacancypress.core.load.NoticeStore;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.parallel.Workers;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.problem.Severity;
import org.vacancypress.core.publish.OutputFolder;
import org.vacancypress.core.publish.OutputFolderGuard;
import org.vacancypress.core.publish.Publisher;
import org.vacancypress.core.render.EarlyTarget;
import org.vacancypress.core.render.KeptPdfRenderer;
import org.vacancypress.core.render.KeptSiteFiles;
import org.vacancypress.core.render.Renderer;
import org.vacancypress.core.render.Templates;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.resolve.Resolution;
import org.vacancypress.core.resolve.SearchWords;
import org.vacancypress.core.validate.Proofreader;
import org.vacancypress.core.validate.TranslationCheck;
import org.vacancypress.core.validate.Validation;

/**
 * The pipeline, one step a package: load the notices folder, validate every file (collecting
 * all problems), resolve each notice's boilerplate, render pages and PDFs on several threads,
 * publish them at once; incremental building skips what did not change. The Maven goals and
 * the tests call only this class.
 */
public final class Generator {

    /** The JSON Schema of the notice format, as shipped and as published with the site. */
    public static final String NOTICE_SCHEMA = Renderer.NOTICE_SCHEMA;

    private final BuildRequest request;
    private final OutputFolder.FileWriter writer;
    private Consumer<String> progress = message -> { };
    private Optional<Proofreader> proofreader = Optional.empty();
    private EarlyTarget early = EarlyTarget.NONE;
    /** The notices read by this generator's builds, kept in memory for the next (the preview server's). */
    private final NoticeCache notices = new NoticeCache(SearchWords::ofTexts);
    /** The hashes of the files this generator's builds read, taken again only for a file that changed. */
    private final FileHashes files = new FileHashes();
    private final KeptTemplates templates = new KeptTemplates();
    private final KeptPdfRenderer pdfRenderer;
    private final KeptSiteFiles siteFiles;
    private long memoryForNotices = Loader.memoryForNotices();

    public Generator(BuildRequest request) {
        this(request, Files::newOutputStream);
    }

    /** With the way files are written replaced: tests run out of disk through it. */
    Generator(BuildRequest request, OutputFolder.FileWriter writer) {
        this.request = request;
        this.writer = writer;
        Path site = request.outputDirectory().toAbsolutePath().normalize();
        this.pdfRenderer = new KeptPdfRenderer(Optional.ofNullable(site.getFileName())
                .map(name -> site.resolveSibling("." + name + ".logo")));
        this.siteFiles = new KeptSiteFiles(Optional.ofNullable(site.getFileName())
                .map(name -> site.resolveSibling("." + name + ".lists")), site,
                listed -> RecordsHash.of("archive pages of " + request.archivePageSize(), listed));
    }

    /** With the memory whole notices may take between loading and rendering set: tests outline every notice through it. */
    Generator holdingNoticesIn(long bytes) {
        this.memoryForNotices = bytes;
        return this;
    }

    /** How many notices this generator's builds took whole from the notice cache: tests count through it. */
    int noticesTakenWhole() {
        return notices.wholeNoticesRead();
    }

    /** Where long builds report how far they are (every tenth of the notices, or every few seconds). */
    public Generator onProgress(Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /** Checks the spelling and grammar of every text a candidate reads with it. */
    public Generator proofreadWith(Proofreader checker) {
        this.proofreader = Optional.of(checker);
        return this;
    }

    /** Shows each notice's files there as soon as they are rendered, before the site is published. */
    public Generator showingEarly(EarlyFiles files) {
        this.early = files;
        return this;
    }

    /** Loads and validates every notice; publishes nothing. */
    public BuildResult validate() {
        long start = System.nanoTime();
        Problems problems = new Problems();
        return result(problems, load(NoticeStore.NONE, Optional.empty(), problems).sources(), 0, 0, start);
    }

    /** For {@code vacancy:new}: the organization's data read now, once for all the notices it writes. */
    public NewNotices newNotices() {
        return new NewNotices(request);
    }

    /** Validates, then publishes the web pages; PDFs already published stay. */
    public BuildResult html() {
        return build(EnumSet.of(Format.HTML));
    }

    /** Validates, then publishes the PDFs; web pages already published stay. */
    public BuildResult pdf() {
        return build(EnumSet.of(Format.PDF));
    }

    /** Validates, then publishes the whole site: pages and PDFs. */
    public BuildResult build() {
        return build(EnumSet.allOf(Format.class));
    }

    /** The pipeline, one call a step, each step a class in the package of its name (README, "Layout"). */
    private BuildResult build(Set<Format> formats) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        try (Publisher site = Publisher.open(request.outputDirectory(), writer, protectedFolders())) {
            site.recover(problems);
            Optional<BuildCache> cache = cache(site, formats, problems);
            Optional<BuildCache.Unchanged> unchanged = cache.flatMap(known -> known.unchanged(this::now));
            if (unchanged.isPresent()) {
                return replayed(unchanged.get(), start);
            }
            if (formats.contains(Format.PDF)) {
                pdfRenderer.makeEarly(request.templateDirectory(), () -> TemplateFiles.logo(request, new Problems()),
                        cache.map(BuildCache::sharedInputs));
            }
            Loaded loaded = load(cache.map(known -> known.notices(notices, checker())).orElse(NoticeStore.NONE),
                    cache.map(BuildCache::sharedInputs), problems);
            if (!publishable(problems)) {
                return result(problems, loaded.sources(), 0, 0, start);
            }
            Instant now = now(loaded.zone());
            Resolution resolution = resolve(loaded, now, problems);
            Renderer renderer = renderer(loaded, resolution, formats);
            OptionalInt rendered = site.publish(cache.orElseThrow(),
                    target -> renderer.render(resolution.published(),
                            notice -> loaded.sources().held().whole(notice, problems), loaded.sources().held()::textWords,
                            target, workers(), problems),
                    existing -> Format.stillWanted(existing, formats, resolution.published()), early::published,
                    problems);
            BuildResult result = result(problems, loaded.sources(),
                    rendered.isPresent() ? resolution.published().size() : 0, rendered.orElse(0), start);
            rendered.ifPresent(any -> cache.orElseThrow().stamp(loaded.zone(), now, resolution.nextChange(),
                    result.noticesFound(), result.noticesPublished(), result.reported()));
            return result;
        } catch (IOException e) {
            problems.error(Location.ofFile(request.outputDirectory().toString()), e.getMessage());
            return result(problems, Loader.Sources.none(), 0, 0, start);
        }
    }

    /** Whether what was loaded may be published: no errors, and no warnings when they fail the build. */
    private boolean publishable(Problems problems) {
        return !problems.hasErrors() && !(request.failOnWarning() && problems.list().stream()
                .anyMatch(problem -> problem.severity() == Severity.WARNING));
    }

    private Resolution resolve(Loaded loaded, Instant now, Problems problems) {
        return Resolution.resolve(loaded.organization(), loaded.sources().notices(), now, request.includeDrafts(),
                request.closingSoonDays(), problems);
    }

    private Renderer renderer(Loaded loaded, Resolution resolution, Set<Format> formats) {
        return new Renderer(loaded.templates().orElseThrow(), resolution.views(), request.templateDirectory(),
                request.baseUrl(), request.archivePageSize(), formats.contains(Format.HTML), formats.contains(Format.PDF),
                pdfRenderer, early, siteFiles);
    }

    /** An unchanged site's result: the warnings and counts its last build recorded. */
    private static BuildResult replayed(BuildCache.Unchanged unchanged, long start) {
        return BuildResult.of(unchanged.warnings(), unchanged.found(), unchanged.published(), 0,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** What was read: the notices folder, and the templates when the organization could be read. */
    private record Loaded(Loader.Sources sources, Optional<Templates> templates) {

        Map<Language, OrganizationTranslator.Translated> organization() {
            return sources.organization().orElseThrow();
        }

        /** Where days turn: the organization's closing rule's time zone. */
        ZoneId zone() {
            return OrganizationTranslator.original(organization()).closingTime().zone();
        }
    }

    /**
     * The load and validate steps: each notice is checked on the thread that read it, then all together.
     *
     * @param sharedInputs the hash of what every notice's output depends on, when known: the
     *     templates read by the last build that knew the same are taken, not read again
     */
    private Loaded load(NoticeStore store, Optional<String> sharedInputs, Problems problems) {
        // The organization's data and the templates are read on threads of their own while the notices are.
        Loader loader = new Loader(request.sourceDirectory(), request.displayBase(), memoryForNotices).readingOrganization();
        Validation validation = new Validation(proofreader, request.sourceDirectory(), proofreadingCache(),
                loader::display, problems);
        Function<Problems, Optional<Templates>> reading = templates.ahead(request, loader::organization, sharedInputs);
        Loader.Sources sources = loader.load(workers(), validation::ofEachNotice, store, problems);
        loader.notRead().forEach(progress);
        Optional<Templates> pages = sources.organization().flatMap(any -> reading.apply(problems));
        validation.ofAll(sources.notices(), sources.organization().map(OrganizationTranslator::original),
                pages.map(read -> new TranslationCheck.Texts(sources.organization().orElseThrow(),
                        language -> read.messages().missing(language, false),
                        language -> read.pages().describe(MessageFiles.file(language)), read.messages()::has,
                        relative -> loader.display(request.sourceDirectory().resolve(relative)))));
        return new Loaded(sources, pages);
    }

    /** Where proofreading results are kept between builds: beside the site, which a build replaces whole. */
    private Path proofreadingCache() {
        Path site = request.outputDirectory().toAbsolutePath().normalize();
        return site.resolveSibling(site.getFileName() + OutputFolderGuard.PROOFREADING);
    }

    /**
     * The build's cache: what the shared inputs hash to, read once a build; none when the output
     * folder could not be recovered. What cannot be read stops the build.
     */
    private Optional<BuildCache> cache(Publisher site, Set<Format> formats, Problems problems) {
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        BuildCache.Sources sources = new BuildCache.Sources(request.sourceDirectory(), request.displayBase(),
                request.templateDirectory(), PageRenderer.class.getClassLoader(), PageRenderer.DEFAULTS);
        String settings = formats + " " + request.today().map(Object::toString).orElse("today by the clock") + " "
                + request.includeDrafts() + " " + request.failOnWarning() + " " + request.closingSoonDays() + " "
                + request.archivePageSize() + " " + checker();
        try {
            return Optional.of(BuildCache.open(site.site(), sources, files, request.baseUrl().map(Object::toString).orElse(""),
                    settings));
        } catch (IOException e) {
            problems.error(TemplateFiles.location(request), "cannot read the templates: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** What checks the notices besides the generator: the proofreader and its version, or none. */
    private String checker() {
        return proofreader.map(checker -> "proofread by " + checker.version()).orElse("not proofread");
    }

    /** What the site may never replace, by what each is to the user. */
    private Map<String, Path> protectedFolders() {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("the notices folder", request.sourceDirectory());
        request.templateDirectory().ifPresent(templates -> folders.put("the template folder", templates));
        folders.put("the folder the build was started in", request.displayBase());
        return folders;
    }

    private Workers workers() {
        return new Workers(request.threads(), progress);
    }

    /** The moment notices are judged at: the start of the given day in the closing rule's zone, or now. */
    private Instant now(ZoneId zone) {
        return request.today().map(day -> day.atStartOfDay(zone).toInstant()).orElseGet(request.clock()::instant);
    }

    private static BuildResult result(Problems problems, Loader.Sources sources, int published, int rendered,
            long start) {
        return BuildResult.of(problems.list(), sources.found(), published, rendered,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
