package org.vacancypress.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vacancypress.core.load.MessageFiles;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.load.ProofreadingFiles;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.problem.Severity;
import org.vacancypress.core.publish.BuildStamp;
import org.vacancypress.core.publish.Fingerprint;
import org.vacancypress.core.publish.Manifest;
import org.vacancypress.core.publish.OutputFolder;
import org.vacancypress.core.publish.OutputFolderGuard;
import org.vacancypress.core.render.html.Messages;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.render.site.JobPosting;
import org.vacancypress.core.render.site.Logo;
import org.vacancypress.core.render.site.PublishedNotice;
import org.vacancypress.core.render.site.SiteFiles;
import org.vacancypress.core.render.site.SiteView;
import org.vacancypress.core.resolve.NoticeContent;
import org.vacancypress.core.resolve.NoticeFacts;
import org.vacancypress.core.resolve.NoticeViews;
import org.vacancypress.core.validate.Linter;
import org.vacancypress.core.validate.Proofreader;
import org.vacancypress.core.validate.Proofreading;
import org.vacancypress.core.validate.NoticeValidator;
import org.vacancypress.core.validate.TranslationCheck;

/**
 * The whole pipeline in one place: load the notices folder, bind and validate every file
 * (collecting all problems), resolve each notice's boilerplate, render pages and PDFs on
 * several threads, and publish them at once. The Maven goals and the tests call only this class.
 */
public final class Generator {

    /** The JSON Schema of the notice format, as shipped and as published with the site. */
    public static final String NOTICE_SCHEMA = "org/vacancypress/core/notice.schema.json";
    private static final List<String> ASSETS = List.of("assets/style.css", "assets/site.js");
    /** Builds of at least this many notices report each tenth; any build reports every few seconds. */
    private static final int MANY = 100;
    private static final long PROGRESS_INTERVAL = 5_000_000_000L;
    /** Changes the hash of every output when the generator itself changes. */
    private static final String VERSION = Optional.ofNullable(Generator.class.getPackage().getImplementationVersion())
            .orElse("development");
    /**
     * The hash of the generator's own code, read once a JVM: a snapshot version keeps its
     * number from one build of the generator to the next, and its output must still follow.
     */
    private static final String CODE = codeHash();

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
        Loaded loaded = load(problems);
        return result(problems, loaded, 0, 0, start);
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
        Optional<String> refusal = OutputFolderGuard.refusal(request.outputDirectory(), protectedFolders());
        if (refusal.isPresent()) {
            Problems problems = new Problems();
            problems.error(Location.ofFile(request.outputDirectory().toString()), refusal.get());
            return result(problems, new Loaded(Optional.empty(), List.of(), 0, Optional.empty()), 0, 0, start);
        }
        OutputFolder output = new OutputFolder(request.outputDirectory(), writer);
        try (OutputFolder.Held held = output.lock()) {
            return publish(formats, output, start);
        } catch (IOException e) {
            Problems problems = new Problems();
            problems.error(Location.ofFile(request.outputDirectory().toString()),
                    "cannot lock the output folder: " + e.getMessage());
            return result(problems, new Loaded(Optional.empty(), List.of(), 0, Optional.empty()), 0, 0, start);
        }
    }

    private BuildResult publish(Set<Format> formats, OutputFolder output, long start) {
        Problems problems = new Problems();
        try {
            output.recover();
        } catch (IOException e) {
            problems.error(Location.ofFile(request.outputDirectory().toString()),
                    "cannot clear what an interrupted build left beside the site: " + e.getMessage());
        }
        Optional<String> shared = problems.hasErrors() ? Optional.empty() : sharedInputs(problems);
        Optional<String> inputs = shared.flatMap(known -> buildInputs(known, formats));
        Path stampFile = BuildStamp.fileFor(output.target());
        Optional<BuildResult> upToDate = inputs.flatMap(key -> upToDate(key, stampFile, output, start));
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        Loaded loaded = load(problems);
        if (problems.hasErrors() || request.failOnWarning() && problems.list().stream()
                .anyMatch(problem -> problem.severity() == Severity.WARNING)) {
            return result(problems, loaded, 0, 0, start);
        }
        Organization organization = loaded.organization().orElseThrow().get(Language.EN).organization();
        ZoneId zone = organization.closingTime().zone();
        Instant now = now(zone);
        List<Notice> published = loaded.notices().stream()
                .filter(notice -> request.includeDrafts() || heldBack(notice, organization, now, problems).isEmpty())
                .toList();
        NoticeViews views = new NoticeViews(loaded.organization().orElseThrow(), now, request.closingSoonDays(),
                published);
        Set<String> names = published.stream().map(Notice::name).collect(Collectors.toSet());
        Manifest previous = Manifest.of(output.target());
        Manifest manifest = Manifest.empty();
        int rendered;
        try (OutputFolder.Staging staging = output.stage()) {
            rendered = render(loaded.templates().orElseThrow(), shared.orElseThrow(), views, published, formats,
                    new Target(staging, previous, manifest), problems);
            if (problems.hasErrors()) {
                return result(problems, loaded, 0, 0, start);
            }
            // A file the previous build did not publish is someone else's: it stays, and stays out of the manifest.
            staging.carryOver(existing -> {
                if (existing.equals(Manifest.FILE)) {
                    return false;
                }
                Optional<String> ours = previous.hash(existing);
                boolean kept = ours.isEmpty() || stillWanted(existing, formats, names);
                if (kept) {
                    ours.ifPresent(hash -> manifest.put(existing, hash));
                }
                return kept;
            });
            staging.write(Manifest.FILE, manifest.bytes());
            BuildStamp.delete(stampFile);
            staging.swap();
        } catch (IOException | UncheckedIOException e) {
            problems.error(Location.ofFile(request.outputDirectory().toString()),
                    "cannot write the site: " + e.getMessage() + "; the previous site is unchanged");
            return result(problems, loaded, 0, 0, start);
        }
        BuildResult result = result(problems, loaded, published.size(), rendered, start);
        // A file saved while the build read the others: the site may mix both versions, so no stamp.
        Optional<String> stillTheInputs = inputs.filter(key -> sharedInputs(new Problems())
                .flatMap(current -> buildInputs(current, formats)).equals(Optional.of(key)));
        Optional<Map<String, String>> site = BuildStamp.snapshot(output.target());
        if (stillTheInputs.isPresent() && site.isPresent()) {
            stamp(stampFile, new BuildStamp(stillTheInputs.get(), zone, now, views.nextChange(loaded.notices()),
                    result.noticesFound(), result.noticesPublished(), site.get(), result.reported()));
        }
        return result;
    }

    /**
     * Why the notice is not published, if it is not, also noted in {@code problems} so that the
     * log names it: drafts and notices whose posting has not begun are published only for a preview.
     */
    private static Optional<Problem> heldBack(Notice notice, Organization organization, Instant now, Problems problems) {
        Optional<Problem> reason = notice.draft()
                ? Optional.of(new Problem(Severity.NOTE, notice.sources().of("draft"), Optional.empty(),
                        "not published: the notice is a draft; remove 'draft: true' when it is ready"))
                : NoticeViews.hasOpened(notice, organization, now) ? Optional.empty()
                : Optional.of(new Problem(Severity.NOTE, notice.sources().of("posting.opens"), Optional.empty(),
                        "not published yet: the notice opens on " + notice.posting().opens()));
        reason.ifPresent(problems::add);
        return reason;
    }

    /** What the site may never replace, by what each is to the user. */
    private Map<String, Path> protectedFolders() {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("the notices folder", request.sourceDirectory());
        request.templateDirectory().ifPresent(templates -> folders.put("the template folder", templates));
        folders.put("the folder the build was started in", request.displayBase());
        return folders;
    }

    /** The last build's result again, when its stamp says the site it published is what these inputs give now. */
    private Optional<BuildResult> upToDate(String inputs, Path stampFile, OutputFolder output, long start) {
        return BuildStamp.read(stampFile).filter(stamp -> stamp.holds(inputs, now(stamp.zone()), output.target()))
                .map(stamp -> BuildResult.of(stamp.warnings(), stamp.found(), stamp.published(), 0,
                        Duration.ofNanos(System.nanoTime() - start)));
    }

    /**
     * The hash of all a publishing build reads and is asked: the generator, the request, the
     * organization's files and every notice file (exactly those the build reads), the templates.
     * Empty when a file cannot be read: the build then reads everything and reports what it cannot.
     */
    private Optional<String> buildInputs(String shared, Set<Format> formats) {
        try {
            Fingerprint inputs = new Fingerprint().add(shared).add(formats.toString())
                    .add(request.sourceDirectory().toAbsolutePath().normalize().toString())
                    .add(request.displayBase().toAbsolutePath().normalize().toString())
                    .add(request.today().map(Object::toString).orElse("today by the clock"))
                    .add(request.includeDrafts() + " " + request.failOnWarning() + " " + request.closingSoonDays());
            for (Path notice : new SourceFolder(request.sourceDirectory(), request.displayBase()).noticeFiles(new Problems())) {
                inputs.addFile(notice);
            }
            return Optional.of(inputs.hex());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Keeps what the site was built from; a stamp not written costs the next build its shortcut, nothing more. */
    private static void stamp(Path file, BuildStamp stamp) {
        try {
            stamp.write(file);
        } catch (IOException e) {
            try {
                BuildStamp.delete(file);
            } catch (IOException ignored) {
                // Deleted before the swap already: no stale stamp can remain.
            }
        }
    }

    /** Where rendered files go, and what the previous build rendered them from. */
    private record Target(OutputFolder.Staging staging, Manifest previous, Manifest manifest) {

        /** Whether {@code file} of the published site was rendered from inputs hashing {@code hash}. */
        boolean upToDate(String file, String hash, Path site) {
            return previous.hash(file).filter(hash::equals).isPresent() && Files.isRegularFile(site.resolve(file));
        }

        void write(String file, byte[] content, String hash) {
            try {
                staging.write(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            manifest.put(file, hash);
        }

        /** A file of the site that is rendered on every build, listed so that a later build may remove it. */
        void writeOwn(String file, byte[] content) throws IOException {
            staging.write(file, content);
            manifest.put(file, Manifest.NOT_REUSABLE);
        }

        void keep(String file, String hash) {
            try {
                staging.keep(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            manifest.put(file, hash);
        }
    }

    /**
     * Whether a file of the previous site stays: it belongs to a format this build does not
     * render, and is not the PDF of a notice that is gone.
     */
    private static boolean stillWanted(String existing, Set<Format> formats, Set<String> notices) {
        boolean otherFormat = formats.stream().noneMatch(format -> format.owns(existing));
        boolean pdfOfANoticeGone = existing.endsWith(".pdf") && !notices.contains(existing.replaceFirst("\\.pdf$", ""));
        return otherFormat && !pdfOfANoticeGone;
    }

    /**
     * @param organization in every language, translated once a build
     * @param templates read once a build: validation checks their messages, rendering uses them
     */
    private record Loaded(Optional<Map<Language, OrganizationTranslator.Translated>> organization, List<Notice> notices,
            int found, Optional<Templates> templates) {
    }

    /** The templates, their messages in every language, and the organization's logo they show. */
    private record Templates(PageRenderer pages, Messages messages, Optional<Logo> logo) {
    }

    private Loaded load(Problems problems) {
        SourceFolder folder = new SourceFolder(request.sourceDirectory(), request.displayBase());
        List<Path> files = folder.noticeFiles(problems);
        Optional<Organization> organization = files.isEmpty() && problems.hasErrors() ? Optional.empty()
                : folder.loadOrganization(problems);
        Optional<Map<Language, OrganizationTranslator.Translated>> translated =
                organization.map(OrganizationTranslator::translateAll);
        Optional<Proofreader.Session> session = organization.flatMap(org -> proofreader.map(checker -> checker.open(
                ProofreadingFiles.load(request.sourceDirectory(), folder::display, problems), proofreadingCache())));
        Optional<Proofreading> proofreading = session.map(Proofreading::new);
        List<Notice> notices = loadNotices(folder, files, organization, proofreading, problems);
        proofreading.ifPresent(p -> p.check(organization.orElseThrow(), languagesOf(notices), translationFiles(),
                folder::display, problems));
        session.ifPresent(Proofreader.Session::close);
        NoticeValidator.validateAll(notices, problems);
        organization.ifPresent(org -> Linter.checkRules(org, problems));
        Optional<Templates> templates = organization.flatMap(org -> templates(problems));
        templates.ifPresent(t -> TranslationCheck.check(translated.orElseThrow(), notices,
                language -> t.messages().missing(language, false),
                language -> t.pages().describe(MessageFiles.file(language)),
                relative -> folder.display(request.sourceDirectory().resolve(relative)), problems));
        return new Loaded(translated, List.copyOf(notices), files.size(), templates);
    }

    /** Where proofreading results are kept between builds: beside the site, which a build replaces whole. */
    private Path proofreadingCache() {
        Path site = request.outputDirectory().toAbsolutePath().normalize();
        return site.resolveSibling(site.getFileName() + ".proofreading");
    }

    private static Set<Language> languagesOf(List<Notice> notices) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        notices.forEach(notice -> languages.add(notice.language()));
        return languages;
    }

    /** Where the organization's texts in each language are written: the organization's file for its own. */
    private Map<Language, Path> translationFiles() {
        Map<Language, Path> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            files.put(language, request.sourceDirectory().resolve(language == Language.EN
                    ? SourceFolder.ORGANIZATION_FILE : SourceFolder.translationFile(language)));
        }
        return files;
    }

    /** Each notice file read, bound, validated and linted on the request's threads: files do not depend on each other. */
    private List<Notice> loadNotices(SourceFolder folder, List<Path> files, Optional<Organization> organization,
            Optional<Proofreading> proofreading, Problems problems) {
        Optional<NoticeValidator> validator = organization.map(NoticeValidator::new);
        Optional<Linter> linter = organization.map(Linter::new);
        try {
            // A notice bound in part is checked too, so that one mistake hides none of the others.
            return onThreads(files, file -> folder.loadNotice(file, problems).flatMap(bound -> {
                validator.ifPresent(v -> v.validate(bound.notice(), problems));
                linter.ifPresent(l -> l.lint(bound.notice(), problems));
                proofreading.ifPresent(p -> p.check(bound.notice(), problems));
                return Optional.of(bound.notice()).filter(notice -> bound.complete());
            }), false).stream().flatMap(Optional::stream).toList();
        } catch (IOException e) {
            problems.error(Location.ofFile(folder.display(folder.directory())), "cannot read the notices: " + e.getMessage());
            return List.of();
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

    private Optional<Templates> templates(Problems problems) {
        try {
            PageRenderer pages = new PageRenderer(request.templateDirectory());
            return Optional.of(new Templates(pages, new Messages(MessageFiles.read(pages::asset, pages::describe, problems)),
                    logo(problems)));
        } catch (IOException e) {
            problems.error(templatesLocation(), "cannot read the templates: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Renders what changed into the staging folder, keeps what did not; returns how many notices it rendered. */
    private int render(Templates templates, String shared, NoticeViews views, List<Notice> notices,
            Set<Format> formats, Target target, Problems problems) throws IOException {
        PageRenderer pages = templates.pages();
        Messages messages = templates.messages();
        LazyPdfRenderer pdfs = new LazyPdfRenderer(request.templateDirectory());
        AtomicInteger rendered = new AtomicInteger();
        List<PublishedNotice> summaries = onThreads(notices, notice -> {
            NoticeFacts facts = views.facts(notice);
            // Only the list's search reads a notice's words, and it lists the open notices.
            Optional<String> searchWords = formats.contains(Format.HTML) && facts.open()
                    ? Optional.of(views.searchWords(notice, facts)) : Optional.empty();
            NoticeRendering rendering = new NoticeRendering(notice, facts, views, templates, pdfs, formats, target,
                    problems, inputsOf(notice, facts, shared));
            try {
                if (rendering.run()) {
                    rendered.incrementAndGet();
                }
            } catch (UncheckedIOException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // Text nested deeper than the renderers can follow, say: the notice's mistake, not the build's.
                problems.error(notice.sources().file(), "cannot render the notice: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "; simplify its text");
            }
            return new PublishedNotice(facts, searchWords,
                    rendering.pdfPublished() ? Optional.of(notice.name() + ".pdf") : Optional.empty());
        }, true);
        if (formats.contains(Format.HTML)) {
            SiteFiles site = new SiteFiles(pages, views::organization, messages::of, request.baseUrl(), templates.logo());
            for (Map.Entry<String, byte[]> file : site.render(summaries, problems::add).entrySet()) {
                target.writeOwn(file.getKey(), file.getValue());
            }
            for (String asset : ASSETS) {
                try {
                    target.writeOwn(asset, pages.asset(asset));
                } catch (NoSuchFileException e) {
                    problems.error(templatesLocation(), "cannot read the asset " + asset + ": " + e.getMessage());
                }
            }
            target.writeOwn("schema/notice.schema.json", schema());
        }
        return rendered.get();
    }

    /** The hash of {@link #sharedInputs()}, read once a build; what cannot be read stops the build. */
    private Optional<String> sharedInputs(Problems problems) {
        try {
            return Optional.of(sharedInputs());
        } catch (IOException | UncheckedIOException e) {
            problems.error(templatesLocation(), "cannot read the templates: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * What every notice's output depends on besides the notice: the generator, the organization's
     * data files, the templates (the organization's and the defaults).
     */
    private String sharedInputs() throws IOException {
        Path source = request.sourceDirectory();
        // The JDK's locale data names countries and writes dates: a new JDK may change them.
        Fingerprint inputs = new Fingerprint().add(VERSION).add(CODE).add(Runtime.version().toString())
                .add(request.baseUrl().map(Object::toString).orElse(""))
                .addFile(source.resolve(SourceFolder.ORGANIZATION_FILE))
                .addFile(source.resolve(SourceFolder.MEMBER_STATES_FILE))
                .addFile(source.resolve(SourceFolder.COMPETENCIES_FILE));
        for (String logoFile : SourceFolder.LOGO_FILES) {
            inputs.addFile(source.resolve(logoFile));
        }
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                inputs.addFile(source.resolve(SourceFolder.translationFile(language)));
            }
        }
        inputs.addResources(PageRenderer.class.getClassLoader(), PageRenderer.DEFAULTS);
        if (request.templateDirectory().isPresent()) {
            inputs.addFolder(request.templateDirectory().get());
        }
        return inputs.hex();
    }

    private static String codeHash() {
        try {
            Path code = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(code) ? new Fingerprint().addFolder(code).hex() : new Fingerprint().addFile(code).hex();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // No readable code source (an unusual class loader): each new JVM renders everything again.
            return "unknown code " + System.nanoTime();
        }
    }

    /**
     * The hash of one notice's inputs: the shared ones, its file, whether it is still open, and
     * the pages of the same vacancy in other languages, which its page links (both in its facts).
     */
    private static String inputsOf(Notice notice, NoticeFacts facts, String shared) {
        Fingerprint inputs = new Fingerprint().add(shared).add(String.valueOf(facts.open()));
        facts.translations().forEach(other -> inputs.add(other.language() + ":" + other.page()));
        notice.sources().source().ifPresent(inputs::addFileUnchecked);
        return inputs.hex();
    }

    private Location templatesLocation() {
        return Location.ofFile(request.templateDirectory().map(Path::toString).orElse("default templates"));
    }

    /** The moment notices are judged at: the start of the given day in the closing rule's zone, or now. */
    private Instant now(ZoneId zone) {
        return request.today().map(day -> day.atStartOfDay(zone).toInstant()).orElseGet(request.clock()::instant);
    }

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
                    SiteFiles.address(request.baseUrl(), facts.page()))) : Optional.empty();
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
        return BuildResult.of(problems.list(), loaded.found(), published, rendered,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
