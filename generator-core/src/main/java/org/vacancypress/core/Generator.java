package org.vacancypress.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.publish.OutputFolder;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.markdown.Markdown;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.resolve.NoticeViews;
import org.vacancypress.core.validate.Linter;
import org.vacancypress.core.validate.NoticeValidator;

/**
 * The whole pipeline in one place: load the notices folder, bind and validate every file
 * (collecting all problems), resolve each notice's boilerplate, render pages and PDFs on
 * several threads, and publish them at once. The Maven goals and the tests call only this class.
 */
public final class Generator {

    /** The JSON Schema of the notice format, as shipped and as published with the site. */
    public static final String NOTICE_SCHEMA = "org/vacancypress/core/notice.schema.json";
    private static final List<String> ASSETS = List.of("assets/style.css");

    private final BuildRequest request;
    private final OutputFolder.FileWriter writer;

    public Generator(BuildRequest request) {
        this(request, Files::write);
    }

    /** With the way files are written replaced: tests run out of disk through it. */
    Generator(BuildRequest request, OutputFolder.FileWriter writer) {
        this.request = request;
        this.writer = writer;
    }

    /** Loads and validates every notice; publishes nothing. */
    public BuildResult validate() {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Loaded loaded = load(problems);
        return result(problems, loaded, 0, start);
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
        OutputFolder output = new OutputFolder(request.outputDirectory(), writer);
        try {
            output.recover();
        } catch (IOException e) {
            problems.error(Location.ofFile(request.outputDirectory().toString()),
                    "cannot clear what an interrupted build left beside the site: " + e.getMessage());
        }
        Loaded loaded = load(problems);
        if (problems.hasErrors() || request.failOnWarning() && !problems.list().isEmpty()) {
            return result(problems, loaded, 0, start);
        }
        List<Notice> published = loaded.notices().stream()
                .filter(notice -> request.includeDrafts() || !notice.draft())
                .toList();
        Set<String> names = published.stream().map(Notice::name).collect(Collectors.toSet());
        try (OutputFolder.Staging staging = output.stage()) {
            render(loaded.organization().orElseThrow(), published, formats, staging, problems);
            if (problems.hasErrors()) {
                return result(problems, loaded, 0, start);
            }
            staging.publish(existing -> stillWanted(existing, formats, names));
        } catch (IOException | UncheckedIOException e) {
            problems.error(Location.ofFile(request.outputDirectory().toString()),
                    "cannot write the site: " + e.getMessage() + "; the previous site is unchanged");
            return result(problems, loaded, 0, start);
        }
        return result(problems, loaded, published.size(), start);
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

    private record Loaded(Optional<Organization> organization, List<Notice> notices, int found) {
    }

    private Loaded load(Problems problems) {
        SourceFolder folder = new SourceFolder(request.sourceDirectory(), request.displayBase());
        List<Path> files = folder.noticeFiles(problems);
        Optional<Organization> organization = files.isEmpty() && problems.hasErrors() ? Optional.empty()
                : folder.loadOrganization(problems);
        List<Notice> notices = new ArrayList<>();
        for (Path file : files) {
            folder.loadNotice(file, problems).ifPresent(notices::add);
        }
        organization.ifPresent(org -> {
            NoticeValidator validator = new NoticeValidator(org);
            Linter linter = new Linter(org);
            for (Notice notice : notices) {
                validator.validate(notice, problems);
                linter.lint(notice, problems);
            }
        });
        NoticeValidator.validateAll(notices, problems);
        return new Loaded(organization, List.copyOf(notices), files.size());
    }

    private void render(Organization organization, List<Notice> notices, Set<Format> formats,
            OutputFolder.Staging staging, Problems problems) throws IOException {
        PageRenderer pages;
        try {
            pages = new PageRenderer(request.templateDirectory());
        } catch (IOException e) {
            problems.error(templatesLocation(), "cannot read the templates: " + e.getMessage());
            return;
        }
        NoticeViews views = new NoticeViews(organization, new Markdown(), now(organization));
        Optional<PdfRenderer> pdfs = formats.contains(Format.PDF)
                ? Optional.of(new PdfRenderer(request.templateDirectory())) : Optional.empty();
        List<Map<String, Object>> summaries = renderAll(notices,
                notice -> renderNotice(notice, views, pages, pdfs, formats, staging, problems));
        if (formats.contains(Format.HTML)) {
            List<Map<String, Object>> sorted = new ArrayList<>(summaries);
            sorted.sort(Comparator.comparing((Map<String, Object> v) -> (String) v.getOrDefault("closesIso", "9999"))
                    .thenComparing(v -> (String) v.get("title")));
            Optional<String> index = pages.render("index.ftlh",
                    Map.of("organization", views.organization(), "notices", sorted)).deliver(problems::add);
            if (index.isPresent()) {
                staging.write("index.html", utf8(index.get()));
            }
            for (String asset : ASSETS) {
                try {
                    staging.write(asset, pages.asset(asset));
                } catch (NoSuchFileException e) {
                    problems.error(templatesLocation(), "cannot read the asset " + asset + ": " + e.getMessage());
                }
            }
            staging.write("schema/notice.schema.json", schema());
        }
    }

    private Location templatesLocation() {
        return Location.ofFile(request.templateDirectory().map(Path::toString).orElse("default templates"));
    }

    /** The moment notices are judged at: the start of the given day in the closing rule's zone, or now. */
    private Instant now(Organization organization) {
        return request.today().map(day -> day.atStartOfDay(organization.closingTime().zone()).toInstant())
                .orElseGet(request.clock()::instant);
    }

    /** Renders every notice on the request's threads; results keep the notices' order. */
    private <R> List<R> renderAll(List<Notice> notices, Function<Notice, R> task) throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(request.threads(), Math.max(1, notices.size())));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (Notice notice : notices) {
                futures.add(executor.submit(() -> task.apply(notice)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            // Rendering reports users' mistakes as problems: what arrives here is a bug.
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    /** Renders one notice into the staging folder; returns what the index shows of it. */
    private Map<String, Object> renderNotice(Notice notice, NoticeViews views, PageRenderer pages,
            Optional<PdfRenderer> pdfs, Set<Format> formats, OutputFolder.Staging staging, Problems problems) {
        Map<String, Object> view = views.notice(notice);
        Map<String, Object> model = Map.of("organization", views.organization(), "notice", view);
        String pdfName = notice.name() + ".pdf";
        byte[] pdf = null;
        if (pdfs.isPresent()) {
            Optional<String> printable = pages.render("notice-pdf.ftlh", model).deliver(problems::add);
            if (printable.isPresent()) {
                try {
                    pdf = pdfs.get().render(printable.get(), notice.posting().opens());
                    write(staging, pdfName, pdf);
                } catch (IOException | RuntimeException e) {
                    problems.error(notice.sources().file(), "cannot render the PDF: " + e.getMessage());
                }
            }
        }
        if (formats.contains(Format.HTML)) {
            pdfSize(pdf, request.outputDirectory().resolve(pdfName)).ifPresent(size -> view.put("pdfSize", size));
            pages.render("notice.ftlh", model).deliver(problems::add)
                    .ifPresent(html -> write(staging, notice.name() + ".html", utf8(html)));
        }
        return summary(view);
    }

    /** What the index needs of a notice: its facts, not its texts. */
    private static Map<String, Object> summary(Map<String, Object> view) {
        Map<String, Object> summary = new LinkedHashMap<>();
        view.forEach((key, value) -> {
            if (!key.endsWith("Html") && !(value instanceof Map) && !"responsibilities".equals(key)) {
                summary.put(key, value);
            }
        });
        return summary;
    }

    private static void write(OutputFolder.Staging staging, String name, byte[] content) {
        try {
            staging.write(name, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static BuildResult result(Problems problems, Loaded loaded, int published, long start) {
        return new BuildResult(problems.list(), loaded.found(), published, Duration.ofNanos(System.nanoTime() - start));
    }
}
