package org.vacancypress.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.render.site.JobPosting;
import org.vacancypress.core.render.site.SiteFiles;
import org.vacancypress.core.resolve.NoticeViews;

/** One notice's files: rendered when their inputs changed, else kept from the published site. */
final class NoticeRendering {
    private final Notice notice;
    private final Map<String, Object> facts;
    private final Renderer renderer;
    private final RenderTarget target;
    private final Problems problems;
    private final String hash;
    private boolean pdfPublished;

    NoticeRendering(Notice notice, Map<String, Object> facts, Renderer renderer, RenderTarget target,
            Problems problems, String hash) {
        this.notice = notice;
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
        Map<String, Object> view = null;
        byte[] pdf = null;
        boolean rendered = false;
        if (renderer.pdfs()) {
            if (target.upToDate(pdfName, hash)) {
                target.keep(pdfName, hash);
            } else {
                view = views.notice(notice, facts);
                pdf = renderPdf(view);
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
                Map<String, Object> page = view == null ? views.notice(notice, facts) : view;
                size.ifPresent(value -> page.put("pdfSize", value));
                renderPage(page).ifPresent(html -> target.write(htmlName, html.getBytes(StandardCharsets.UTF_8), pageHash));
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
    private Optional<String> renderPage(Map<String, Object> page) {
        Optional<String> article = renderer.templates().pages().render("notice-article.ftlh", model(page))
                .deliver(problems::add);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        page.put("articleHtml", article.get());
        if (Boolean.TRUE.equals(page.get("open"))) {
            page.put("jobPostingJson", JobPosting.json(page, renderer.views().organization(notice.language()),
                    article.get(), SiteFiles.address(renderer.baseUrl(), (String) page.get("page"))));
        }
        return renderer.templates().pages().render("notice.ftlh", model(page)).deliver(problems::add);
    }

    private byte[] renderPdf(Map<String, Object> view) {
        Optional<String> printable = renderer.templates().pages().render("notice-pdf.ftlh", model(view))
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

    private Map<String, Object> model(Map<String, Object> view) {
        return Map.of("organization", renderer.views().organization(notice.language()), "notice", view,
                "site", SiteFiles.siteView(renderer.baseUrl()), "t", renderer.templates().messages().of(notice.language()));
    }
}
