package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.render.html.Messages;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.markdown.Markdown;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.resolve.NoticeViews;

/**
 * Milliseconds per notice for the five real notices in a warm JVM: page, and PDF with PDF/UA and
 * PDF/A, on one thread and on all cores. Prints figures, asserts none: run it with
 * {@code ./mvnw -pl generator-core test -Pbenchmark}.
 */
@Tag("benchmark")
class RenderBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 60;

    @Test
    void millisecondsPerNotice() throws Exception {
        Problems problems = new Problems();
        SourceFolder folder = new SourceFolder(Fixtures.NOTICES, Path.of(""));
        Organization organization = folder.loadOrganization(problems).orElseThrow();
        List<Notice> notices = folder.noticeFiles(problems).stream()
                .map(file -> folder.loadNotice(file, problems).orElseThrow()).toList();
        assertEquals(List.of(), problems.list());
        NoticeViews views = new NoticeViews(organization, new Markdown(), Instant.now(), 7, notices);
        PageRenderer pages = new PageRenderer(Optional.empty());
        Messages messages = Messages.load(pages, problems);
        PdfRenderer pdfs = new PdfRenderer(Optional.empty());
        List<String> printable = new ArrayList<>();
        for (Notice notice : notices) {
            printable.add(pages.render("notice-pdf.ftlh", model(views, messages, notice, views.notice(notice)))
                    .html().orElseThrow());
        }

        // As the build renders a page: the article first, then the page around it.
        Runnable html = () -> notices.forEach(n -> {
            Map<String, Object> view = views.notice(n);
            view.put("articleHtml", pages.render("notice-article.ftlh", model(views, messages, n, view)).html()
                    .orElseThrow());
            pages.render("notice.ftlh", model(views, messages, n, view)).html().orElseThrow();
        });
        Runnable pdf = () -> printable.forEach(page -> {
            try {
                pdfs.render(page, Fixtures.TODAY);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        int cores = Runtime.getRuntime().availableProcessors();
        report("HTML page (resolve + render), 1 thread", perNotice(html, 1, notices.size()));
        report("PDF (PDF/UA + PDF/A), 1 thread", perNotice(pdf, 1, notices.size()));
        report("PDF (PDF/UA + PDF/A), " + cores + " threads, wall time", perNotice(pdf, cores, notices.size()));
    }

    private static Map<String, Object> model(NoticeViews views, Messages messages, Notice notice,
            Map<String, Object> view) {
        return Map.of("organization", views.organization(notice.language()), "notice", view,
                "t", messages.of(notice.language()), "site", Map.of());
    }

    /** Wall milliseconds per notice, the five notices rendered over and over by {@code threads} threads. */
    private static double perNotice(Runnable allFive, int threads, int notices) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            run(executor, allFive, threads, WARM_UP);
            long start = System.nanoTime();
            run(executor, allFive, threads, MEASURED);
            return (System.nanoTime() - start) / 1e6 / (MEASURED * notices);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void run(ExecutorService executor, Runnable allFive, int threads, int rounds) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            futures.add(executor.submit(allFive));
        }
        for (Future<?> future : futures) {
            future.get();
        }
    }

    private static void report(String what, double milliseconds) {
        System.out.printf(Locale.ROOT, "BENCHMARK %-48s %7.2f ms per notice%n", what, milliseconds);
    }
}
