package org.vacancypress.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.render.site.JobPosting;
import org.vacancypress.core.render.site.SiteFiles;
import org.vacancypress.core.render.site.SiteView;
import org.vacancypress.core.resolve.NoticeContent;
import org.vacancypress.core.resolve.NoticeFacts;
import org.vacancypress.core.resolve.NoticeViews;

/** One notice's files: rendered when their inputs changed, else kept from the published site. */
final class NoticeRendering {
    private final Notice notice;
    private final Function<Notice, Optional<Notice>> wholeOf;
    private Optional<Notice> whole;
    private final NoticeFacts facts;
    private final Renderer renderer;
    private final RenderTarget target;
    private final Problems problems;
    private final String hash;
    private boolean pdfPublished;

    /**
     * @param notice whole or outlined: its texts are read only from its whole
     * @param wholeOf the notice whole, read again when it was outlined; empty (and an error) when it cannot be
     */
    NoticeRendering(Notice notice, Function<Notice, Optional<Notice>> wholeOf, NoticeFacts facts, Renderer renderer,
            RenderTarget target, Problems problems, String hash) {
        this.notice = notice;
        this.wholeOf = wholeOf;
        this.facts = facts;
        this.renderer = renderer;
        this.target = target;
        this.problems = problems;
        this.hash = hash;
    }

    /**
     * Whether anything had to be rendered. The page's inputs include its PDF's size, which
     * its download link shows: a page is rendered again when its PDF changed.
     */
    boolean run() {
        NoticeViews views = renderer.views();
        String pdfName = notice.name() + ".pdf";
        String htmlName = notice.name() + ".html";
        Optional<NoticeContent> content = Optional.empty();
        byte[] pdf = null;
        boolean rendered = false;
        if (renderer.pdfs()) {
            if (target.upToDate(pdfName, hash)) {
                target.keep(pdfName, hash);
            } else {
                content = whole().map(views::content);
                pdf = content.map(this::renderPdf).orElse(null);
                if (pdf != null) {
                    target.write(pdfName, pdf, hash);
                }
                rendered = true;
            }
        }
        if (renderer.pages()) {
            // A PDF rendered now, or kept from the published site (a failed one fails the build).
            Optional<String> size = PdfSize.of(pdf != null ? Optional.of((long) pdf.length) : target.publishedSize(pdfName));
            pdfPublished = size.isPresent();
            String pageHash = target.pageHash(hash, size);
            if (target.upToDate(htmlName, pageHash)) {
                target.keep(htmlName, pageHash);
            } else {
                content.or(() -> whole().map(views::content)).flatMap(read -> renderPage(read, size))
                        .ifPresent(html -> target.write(htmlName, html.getBytes(StandardCharsets.UTF_8), pageHash));
                rendered = true;
            }
        }
        return rendered;
    }

    /** The notice whole, read once. */
    Optional<Notice> whole() {
        if (whole == null) {
            whole = wholeOf.apply(notice);
        }
        return whole;
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
        Optional<String> article = renderer.templates().pages().render("notice-article.ftlh", model)
                .deliver(problems::add);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> jobPosting = facts.open() ? Optional.of(JobPosting.json(facts,
                renderer.views().organization(notice.language()), article.get(),
                SiteFiles.address(renderer.baseUrl(), facts.page()), renderer.templates().logo()
                        .flatMap(image -> renderer.baseUrl().map(url -> url.resolve(image.file()).toString()))))
                : Optional.empty();
        model.put("articleHtml", article.get());
        model.put("pdfSize", pdfSize);
        model.put("jobPostingJson", jobPosting);
        return renderer.templates().pages().render("notice.ftlh", model).deliver(problems::add);
    }

    private byte[] renderPdf(NoticeContent content) {
        Optional<String> printable = renderer.templates().pages().render("notice-pdf.ftlh", model(content))
                .deliver(problems::add);
        if (printable.isEmpty()) {
            return null;
        }
        try {
            return renderer.pdfRenderer().render(printable.get(), notice.posting().opens());
        } catch (IOException | RuntimeException e) {
            problems.error(notice.sources().file(), "cannot render the PDF: " + e.getMessage());
            return null;
        }
    }

    /** What the notice's templates see; the page adds what only its article's rendering tells. */
    private Map<String, Object> model(NoticeContent content) {
        Map<String, Object> model = new HashMap<>();
        model.put("organization", renderer.views().organization(notice.language()));
        model.put("notice", facts);
        model.put("content", content);
        model.put("site", SiteView.of(renderer.baseUrl(), renderer.templates().logo()));
        model.put("t", renderer.templates().messages().of(notice.language()));
        return model;
    }
}
