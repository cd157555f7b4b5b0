package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.vacancypress.core.incremental.BuildCache;
import org.vacancypress.core.load.Loader;
import org.vacancypress.core.load.MessageFiles;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.parallel.Workers;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.publish.OutputFolder;
import org.vacancypress.core.publish.Publisher;
import org.vacancypress.core.render.Renderer;
import org.vacancypress.core.render.Templates;
import org.vacancypress.core.render.html.Messages;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.site.Logo;
import org.vacancypress.core.resolve.Resolution;
import org.vacancypress.core.scaffold.NoticeScaffold;
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

    public Generator(BuildRequest request) {
        this(request, Files::write);
    }

    /** With the way files are written replaced: tests run out of disk through it. */
    Generator(BuildRequest request, OutputFolder.FileWriter writer) {
        this.request = request;
        this.writer = writer;
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

    /** Loads and validates every notice; publishes nothing. */
    public BuildResult validate() {
        long start = System.nanoTime();
        Problems problems = new Problems();
        return result(problems, load(problems).sources(), 0, 0, start);
    }

    /**
     * A new notice in the notices folder, named after its title, with the organization's defaults
     * and TODO placeholders, marked as a draft.
     *
     * @return the file written; empty, with the problems, when the organization's data cannot be read
     * @throws java.nio.file.FileAlreadyExistsException when the file exists: it is never replaced
     */
    public NewNotice newNotice(String title, String grade, String dutyStation, LocalDate day) throws IOException {
        Problems problems = new Problems();
        Optional<Organization> organization = new SourceFolder(request.sourceDirectory(), request.displayBase())
                .loadOrganization(problems);
        if (organization.isEmpty()) {
            return new NewNotice(Optional.empty(), problems.list());
        }
        return new NewNotice(Optional.of(NoticeScaffold.create(request.sourceDirectory(), title, grade, dutyStation,
                day, organization.get())), problems.list());
    }

    /** The notice {@link #newNotice} wrote, or the problems that kept it from writing one. */
    public record NewNotice(Optional<Path> file, List<Problem> problems) {

        public NewNotice {
            problems = List.copyOf(problems);
        }
    }

    /** Validates, then publishes the web pages; PDFs already published stay. */
    public BuildResult html() {
        return publish(EnumSet.of(Format.HTML));
    }

    /** Validates, then publishes the PDFs; web pages already published stay. */
    public BuildResult pdf() {
        return publish(EnumSet.of(Format.PDF));
    }

    /** Validates, then publishes the whole site: pages and PDFs. */
    public BuildResult build() {
        return publish(EnumSet.allOf(Format.class));
    }

    private BuildResult publish(Set<Format> formats) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        try (Publisher site = Publisher.open(request.outputDirectory(), writer, protectedFolders())) {
            return publish(formats, site, problems, start);
        } catch (IOException e) {
            problems.error(Location.ofFile(request.outputDirectory().toString()), e.getMessage());
            return result(problems, Loader.Sources.none(), 0, 0, start);
        }
    }

    /** The pipeline, once the output folder is held: each step one call. */
    private BuildResult publish(Set<Format> formats, Publisher site, Problems problems, long start) {
        site.recover(problems);
        Optional<BuildCache> cache = problems.hasErrors() ? Optional.empty() : cache(site, formats, problems);
        Optional<BuildCache.Unchanged> unchanged = cache.flatMap(known -> known.unchanged(this::now));
        if (unchanged.isPresent()) {
            return new BuildResult(unchanged.get().warnings(), unchanged.get().found(), unchanged.get().published(), 0,
                    Duration.ofNanos(System.nanoTime() - start));
        }
        Loaded loaded = load(problems);
        if (problems.hasErrors() || request.failOnWarning() && !problems.list().isEmpty()) {
            return result(problems, loaded.sources(), 0, 0, start);
        }
        Instant now = now(loaded.zone());
        Resolution resolution = Resolution.resolve(loaded.organization(), loaded.sources().notices(), now,
                request.includeDrafts(), request.closingSoonDays());
        Renderer renderer = new Renderer(loaded.templates().orElseThrow(), resolution.views(),
                request.templateDirectory(), request.baseUrl(), formats.contains(Format.HTML), formats.contains(Format.PDF));
        OptionalInt rendered = site.publish(cache.orElseThrow(),
                target -> renderer.render(resolution.published(), target, workers(), problems),
                existing -> stillWanted(existing, formats, resolution), problems);
        BuildResult result = result(problems, loaded.sources(), rendered.isPresent() ? resolution.published().size() : 0,
                rendered.orElse(0), start);
        rendered.ifPresent(any -> cache.orElseThrow().stamp(loaded.zone(), now, resolution.nextChange(),
                result.noticesFound(), result.noticesPublished(), result.problems()));
        return result;
    }

    /** What was read: the notices folder, and the templates when the organization could be read. */
    private record Loaded(Loader.Sources sources, Optional<Templates> templates) {

        Map<Language, OrganizationTranslator.Translated> organization() {
            return sources.organization().orElseThrow();
        }

        /** Where days turn: the organization's closing rule's time zone. */
        ZoneId zone() {
            return organization().get(Language.EN).organization().closingTime().zone();
        }
    }

    /** The load and validate steps: each notice is checked on the thread that read it, then all together. */
    private Loaded load(Problems problems) {
        Loader loader = new Loader(request.sourceDirectory(), request.displayBase());
        Validation validation = new Validation(proofreader, request.sourceDirectory(), proofreadingCache(),
                loader::display, problems);
        Loader.Sources sources = loader.load(workers(), validation::ofEachNotice, problems);
        Optional<Templates> templates = sources.organization().flatMap(organization -> templates(problems));
        validation.ofAll(sources.notices(), sources.organization().map(all -> all.get(Language.EN).organization()),
                templates.map(read -> new TranslationCheck.Texts(sources.organization().orElseThrow(),
                        language -> read.messages().missing(language, false),
                        language -> read.pages().describe(MessageFiles.file(language)),
                        relative -> loader.display(request.sourceDirectory().resolve(relative)))));
        return new Loaded(sources, templates);
    }

    /** Where proofreading results are kept between builds: beside the site, which a build replaces whole. */
    private Path proofreadingCache() {
        Path site = request.outputDirectory().toAbsolutePath().normalize();
        return site.resolveSibling(site.getFileName() + ".proofreading");
    }

    private Optional<Templates> templates(Problems problems) {
        try {
            PageRenderer pages = new PageRenderer(request.templateDirectory());
            return Optional.of(new Templates(pages, new Messages(MessageFiles.read(pages::asset, pages::describe,
                    problems)), logo(problems)));
        } catch (IOException e) {
            problems.error(templatesLocation(), "cannot read the templates: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The organization's logo, if its data folder has one. */
    private Optional<Logo> logo(Problems problems) {
        for (String name : SourceFolder.LOGO_FILES) {
            Path file = request.sourceDirectory().resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Logo.of(name, Files.readAllBytes(file)));
                } catch (IOException e) {
                    problems.error(Location.ofFile(new SourceFolder(request.sourceDirectory(), request.displayBase())
                            .display(file)), "cannot read the logo: " + e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    /** The build's cache: what the shared inputs hash to, read once a build; what cannot be read stops the build. */
    private Optional<BuildCache> cache(Publisher site, Set<Format> formats, Problems problems) {
        BuildCache.Sources sources = new BuildCache.Sources(request.sourceDirectory(), request.displayBase(),
                request.templateDirectory(), PageRenderer.class.getClassLoader(), PageRenderer.DEFAULTS);
        String settings = formats + " " + request.today().map(Object::toString).orElse("today by the clock") + " "
                + request.includeDrafts() + " " + request.failOnWarning() + " " + request.closingSoonDays();
        try {
            return Optional.of(BuildCache.open(site.site(), sources, request.baseUrl().map(Object::toString).orElse(""),
                    settings));
        } catch (IOException e) {
            problems.error(templatesLocation(), "cannot read the templates: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** What the site may never replace, by what each is to the user. */
    private Map<String, Path> protectedFolders() {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("the notices folder", request.sourceDirectory());
        request.templateDirectory().ifPresent(templates -> folders.put("the template folder", templates));
        folders.put("the folder the build was started in", request.displayBase());
        return folders;
    }

    /**
     * Whether a file of the previous site stays: it belongs to a format this build does not
     * render, and is not the PDF of a notice that is gone.
     */
    private static boolean stillWanted(String existing, Set<Format> formats, Resolution resolution) {
        boolean otherFormat = formats.stream().noneMatch(format -> format.owns(existing));
        boolean pdfOfANoticeGone = existing.endsWith(".pdf") && resolution.published().stream()
                .noneMatch(notice -> existing.equals(notice.name() + ".pdf"));
        return otherFormat && !pdfOfANoticeGone;
    }

    private Workers workers() {
        return new Workers(request.threads(), progress);
    }

    private Location templatesLocation() {
        return Location.ofFile(request.templateDirectory().map(Path::toString).orElse("default templates"));
    }

    /** The moment notices are judged at: the start of the given day in the closing rule's zone, or now. */
    private Instant now(ZoneId zone) {
        return request.today().map(day -> day.atStartOfDay(zone).toInstant()).orElseGet(request.clock()::instant);
    }

<<<<<<< HEAD
    private static BuildResult result(Problems problems, Loader.Sources sources, int published, int rendered,
            long start) {
        return new BuildResult(problems.list(), sources.found(), published, rendered,
=======
    /**
     * Runs the task on every notice (or notice file) on the request's threads; results keep the
     * items' order. With {@code rendering}, reports how far it is.
     */
    private <T, R> List<R> onThreads(List<T> items, Function<T, R> task, boolean rendering) throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(request.threads(), Math.max(1, items.size())));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(executor.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>();
            long reported = System.nanoTime();
            int step = Math.max(1, items.size() / 10);
            for (Future<R> future : futures) {
                results.add(future.get());
                boolean tenth = results.size() % step == 0 && items.size() >= MANY;
                if (rendering && (tenth || System.nanoTime() - reported > PROGRESS_INTERVAL)) {
                    progress.accept("Rendered " + results.size() + " of " + items.size() + " notices ("
                            + results.size() * 100 / items.size() + " %)");
                    reported = System.nanoTime();
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            // Loading and rendering report users' mistakes as problems: what arrives here is a bug.
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
            try {
                // A failed build deletes its staging folder: no worker may still be writing into it.
                executor.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The PDF renderer, made when the first notice needs one: its fonts take a while to prepare. */
    private static final class LazyPdfRenderer {
        private final Optional<Path> templateDirectory;
        private PdfRenderer renderer;

        LazyPdfRenderer(Optional<Path> templateDirectory) {
            this.templateDirectory = templateDirectory;
        }

        synchronized PdfRenderer get() throws IOException {
            if (renderer == null) {
                renderer = new PdfRenderer(templateDirectory);
            }
            return renderer;
        }
    }

    /** One notice's files: rendered when their inputs changed, else kept from the published site. */
    private final class NoticeRendering {
        private final Notice notice;
        private final NoticeFacts facts;
        private final NoticeViews views;
        private final PageRenderer pages;
        private final Messages messages;
        private final Optional<Logo> logo;
        private final LazyPdfRenderer pdfs;
        private final Set<Format> formats;
        private final Target target;
        private final Problems problems;
        private final String hash;
        private boolean pdfPublished;

        NoticeRendering(Notice notice, NoticeFacts facts, NoticeViews views, Templates templates,
                LazyPdfRenderer pdfs, Set<Format> formats, Target target, Problems problems, String hash) {
            this.notice = notice;
            this.facts = facts;
            this.views = views;
            this.pages = templates.pages();
            this.messages = templates.messages();
            this.logo = templates.logo();
            this.pdfs = pdfs;
            this.formats = formats;
            this.target = target;
            this.problems = problems;
            this.hash = hash;
        }

        /**
         * Whether anything had to be rendered. The page's inputs include its PDF's size, which
         * its download link shows: a page is rendered again when its PDF changed.
         */
        boolean run() {
            Path site = request.outputDirectory();
            String pdfName = notice.name() + ".pdf";
            String htmlName = notice.name() + ".html";
            NoticeContent content = null;
            byte[] pdf = null;
            boolean rendered = false;
            if (formats.contains(Format.PDF)) {
                if (target.upToDate(pdfName, hash, site)) {
                    target.keep(pdfName, hash);
                } else {
                    content = views.content(notice);
                    pdf = renderPdf(content);
                    if (pdf != null) {
                        target.write(pdfName, pdf, hash);
                    }
                    rendered = true;
                }
            }
            if (formats.contains(Format.HTML)) {
                // A PDF rendered now, or kept from the published site (a failed one fails the build).
                Optional<String> size = pdfSize(pdf, site.resolve(pdfName));
                pdfPublished = size.isPresent();
                String pageHash = new Fingerprint().add(hash).add(size.orElse("no PDF")).hex();
                if (target.upToDate(htmlName, pageHash, site)) {
                    target.keep(htmlName, pageHash);
                } else {
                    renderPage(content == null ? views.content(notice) : content, size)
                            .ifPresent(html -> target.write(htmlName, utf8(html), pageHash));
                    rendered = true;
                }
            }
            return rendered;
        }

        /** Whether the notice's PDF is in the site this build publishes; known to builds of the pages, which list it. */
        boolean pdfPublished() {
            return pdfPublished;
        }

        /**
         * The page: the notice's article is rendered first, since an open notice's structured
         * data carries it whole as the job's description.
         */
        private Optional<String> renderPage(NoticeContent content, Optional<String> pdfSize) {
            Map<String, Object> model = model(content);
            Optional<String> article = pages.render("notice-article.ftlh", model).deliver(problems::add);
            if (article.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> jobPosting = facts.open() ? Optional.of(JobPosting.json(facts,
                    views.organization(notice.language()), article.get(),
                    SiteFiles.address(request.baseUrl(), facts.page()),
                    logo.flatMap(image -> request.baseUrl().map(url -> url.resolve(image.file()).toString()))))
                    : Optional.empty();
            model.put("articleHtml", article.get());
            model.put("pdfSize", pdfSize);
            model.put("jobPostingJson", jobPosting);
            return pages.render("notice.ftlh", model).deliver(problems::add);
        }

        private byte[] renderPdf(NoticeContent content) {
            Optional<String> printable = pages.render("notice-pdf.ftlh", model(content)).deliver(problems::add);
            if (printable.isEmpty()) {
                return null;
            }
            try {
                return pdfs.get().render(printable.get(), notice.posting().opens());
            } catch (IOException | RuntimeException e) {
                problems.error(notice.sources().file(), "cannot render the PDF: " + e.getMessage());
                return null;
            }
        }

        /** What the notice's templates see; the page adds what only its article's rendering tells. */
        private Map<String, Object> model(NoticeContent content) {
            Map<String, Object> model = new HashMap<>();
            model.put("organization", views.organization(notice.language()));
            model.put("notice", facts);
            model.put("content", content);
            model.put("site", SiteView.of(request.baseUrl(), logo));
            model.put("t", messages.of(notice.language()));
            return model;
        }
    }

    /** The size of the notice's PDF, rendered now or published before, as a reader reads sizes. */
    private static Optional<String> pdfSize(byte[] rendered, Path published) {
        long bytes;
        try {
            bytes = rendered != null ? rendered.length : Files.isRegularFile(published) ? Files.size(published) : -1;
        } catch (IOException e) {
            bytes = -1;
        }
        if (bytes < 0) {
            return Optional.empty();
        }
        return Optional.of(bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] schema() throws IOException {
        try (InputStream in = Generator.class.getClassLoader().getResourceAsStream(NOTICE_SCHEMA)) {
            if (in == null) {
                throw new IOException("missing " + NOTICE_SCHEMA);
            }
            return in.readAllBytes();
        }
    }

    private static BuildResult result(Problems problems, Loaded loaded, int published, int rendered, long start) {
        return new BuildResult(problems.list(), loaded.found(), published, rendered,
>>>>>>> site
                Duration.ofNanos(System.nanoTime() - start));
    }
}
