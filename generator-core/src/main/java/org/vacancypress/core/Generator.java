package org.vacancypress.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

    public Generator(BuildRequest request) {
        this.request = request;
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
        Loaded loaded = load(problems);
        if (problems.hasErrors() || request.failOnWarning() && !problems.list().isEmpty()) {
            return result(problems, loaded, 0, start);
        }
        List<Notice> published = loaded.notices().stream()
                .filter(notice -> request.includeDrafts() || !notice.draft())
                .toList();
        Map<String, byte[]> files = render(loaded.organization().orElseThrow(), published, formats, problems);
        if (problems.hasErrors()) {
            return result(problems, loaded, 0, start);
        }
        Set<String> names = published.stream().map(Notice::name).collect(Collectors.toSet());
        try {
            new OutputFolder(request.outputDirectory()).publish(files, existing -> stillWanted(existing, formats, names));
        } catch (IOException e) {
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

    /** What one notice renders to: its view (for the index) and its files. */
    private record Rendered(Map<String, Object> view, Map<String, byte[]> files) {
    }

    private Map<String, byte[]> render(Organization organization, List<Notice> notices, Set<Format> formats,
            Problems problems) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            PageRenderer pages = new PageRenderer(request.templateDirectory());
            NoticeViews views = new NoticeViews(organization, new Markdown(), request.today());
            Optional<PdfRenderer> pdfs = formats.contains(Format.PDF)
                    ? Optional.of(new PdfRenderer(request.templateDirectory())) : Optional.empty();
            List<Map<String, Object>> summaries = new ArrayList<>();
            for (Rendered rendered : renderAll(notices, notice -> renderNotice(notice, views, pages, pdfs, formats,
                    problems))) {
                summaries.add(rendered.view());
                files.putAll(rendered.files());
            }
            if (formats.contains(Format.HTML)) {
                summaries.sort(Comparator.comparing((Map<String, Object> v) -> (String) v.getOrDefault("closesIso", "9999"))
                        .thenComparing(v -> (String) v.get("title")));
                pages.render("index.ftlh", Map.of("organization", views.organization(), "notices", summaries))
                        .deliver(html -> files.put("index.html", utf8(html)), problems::add);
                for (String asset : ASSETS) {
                    files.put(asset, pages.asset(asset));
                }
                files.put("schema/notice.schema.json", schema());
            }
        } catch (IOException e) {
            problems.error(Location.ofFile(request.templateDirectory().map(Path::toString).orElse("templates")),
                    "cannot read the templates: " + e.getMessage());
        }
        return files;
    }

    /** Renders every notice on the request's threads; results keep the notices' order. */
    private List<Rendered> renderAll(List<Notice> notices, Function<Notice, Rendered> task) throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(request.threads(), Math.max(1, notices.size())));
        try {
            List<Future<Rendered>> futures = new ArrayList<>();
            for (Notice notice : notices) {
                futures.add(executor.submit(() -> task.apply(notice)));
            }
            List<Rendered> results = new ArrayList<>();
            for (Future<Rendered> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // Rendering reports users' mistakes as problems: what arrives here is a bug.
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private Rendered renderNotice(Notice notice, NoticeViews views, PageRenderer pages, Optional<PdfRenderer> pdfs,
            Set<Format> formats, Problems problems) {
        Map<String, Object> view = views.notice(notice);
        Map<String, Object> model = Map.of("organization", views.organization(), "notice", view);
        Map<String, byte[]> files = new TreeMap<>();
        String pdfName = notice.name() + ".pdf";
        if (pdfs.isPresent()) {
            pages.render("notice-pdf.ftlh", model).deliver(html -> {
                try {
                    files.put(pdfName, pdfs.get().render(html, notice.posting().opens()));
                } catch (IOException | RuntimeException e) {
                    problems.error(notice.sources().file(), "cannot render the PDF: " + e.getMessage());
                }
            }, problems::add);
        }
        if (formats.contains(Format.HTML)) {
            pdfSize(files.get(pdfName), request.outputDirectory().resolve(pdfName))
                    .ifPresent(size -> view.put("pdfSize", size));
            pages.render("notice.ftlh", model).deliver(html -> files.put(notice.name() + ".html", utf8(html)),
                    problems::add);
        }
        return new Rendered(view, files);
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
