package org.vacancypress.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.parallel.Workers;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.OutOfMemory;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.render.pdf.PdfRenderer;
import org.vacancypress.core.render.site.PublishedNotice;
import org.vacancypress.core.render.site.SiteFiles;
import org.vacancypress.core.resolve.NoticeFacts;
import org.vacancypress.core.resolve.NoticeViews;
import org.vacancypress.core.resolve.SearchWords;

/**
 * The render step: each notice's page and PDF on the build's threads (those whose inputs did
 * not change are kept), then the site's lists, feeds and assets from the notices' facts.
 */
public final class Renderer {

    /** The JSON Schema of the notice format, as shipped and as published with the site. */
    public static final String NOTICE_SCHEMA = "org/vacancypress/core/notice.schema.json";
    private static final List<String> ASSETS = List.of("assets/style.css", "assets/site.js");

    private final Templates templates;
    private final NoticeViews views;
    private final Optional<Path> templateDirectory;
    private final Optional<URI> baseUrl;
    private final boolean pages;
    private final boolean pdfs;
    private final KeptPdfRenderer pdfRenderer;

    /**
     * @param pages whether the notices' pages and the site's lists are rendered
     * @param pdfs whether the notices' PDFs are rendered
     * @param pdfRenderer the generator's PDF renderer, made when the first notice needs one
     */
    public Renderer(Templates templates, NoticeViews views, Optional<Path> templateDirectory, Optional<URI> baseUrl,
            boolean pages, boolean pdfs, KeptPdfRenderer pdfRenderer) {
        this.templates = templates;
        this.views = views;
        this.templateDirectory = templateDirectory;
        this.baseUrl = baseUrl;
        this.pages = pages;
        this.pdfs = pdfs;
        this.pdfRenderer = pdfRenderer;
    }

    /**
     * Renders what changed into {@code target}; returns how many notices had anything rendered.
     *
     * @param notices each whole or as outlined by loading
     * @param whole a notice whole, read again when it was outlined; empty (and an error) when it cannot be
     */
    public int render(List<Notice> notices, Function<Notice, Optional<Notice>> whole, RenderTarget target,
            Workers workers, Problems problems) throws IOException {
        AtomicInteger rendered = new AtomicInteger();
        List<PublishedNotice> summaries = workers.rendering(notices, notice -> {
            NoticeFacts facts = views.facts(notice);
            NoticeRendering rendering = new NoticeRendering(notice, whole, facts, this, target, problems,
                    target.noticeHash(notice.sources().source(), facts.open(), facts.translations().stream()
                            .map(other -> other.language() + ":" + other.page()).toList()));
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
            } catch (OutOfMemoryError e) {
                // The renderers hold one notice at a time: what they held is garbage once this is thrown.
                problems.error(notice.sources().file(), OutOfMemory.message("render"));
            }
            // Only the list's search reads a notice's words, and it lists the open notices.
            Optional<String> searchWords = pages && facts.open()
                    ? rendering.whole().map(read -> SearchWords.of(read, facts)) : Optional.empty();
            return new PublishedNotice(facts, searchWords,
                    rendering.pdfPublished() ? Optional.of(notice.name() + ".pdf") : Optional.empty());
        });
        if (pages) {
            renderSite(summaries, target, problems);
        }
        return rendered.get();
    }

    private void renderSite(List<PublishedNotice> summaries, RenderTarget target, Problems problems)
            throws IOException {
        SiteFiles site = new SiteFiles(templates.pages(), views.siteLanguage(), views::organization, templates.messages()::of, baseUrl,
                templates.logo());
        site.render(summaries, problems::add).forEach(target::writeEveryTime);
        for (String asset : ASSETS) {
            try {
                target.writeEveryTime(asset, templates.pages().asset(asset));
            } catch (NoSuchFileException e) {
                problems.error(Location.ofFile(templateDirectory.map(Path::toString).orElse("default templates")),
                        "cannot read the asset " + asset + ": " + e.getMessage());
            }
        }
        target.writeEveryTime("schema/notice.schema.json", schema());
    }

    private static byte[] schema() throws IOException {
        try (InputStream in = Renderer.class.getClassLoader().getResourceAsStream(NOTICE_SCHEMA)) {
            if (in == null) {
                throw new IOException("missing " + NOTICE_SCHEMA);
            }
            return in.readAllBytes();
        }
    }

    PdfRenderer pdfRenderer() throws IOException {
        return pdfRenderer.of(templateDirectory, templates.logo());
    }

    Templates templates() {
        return templates;
    }

    NoticeViews views() {
        return views;
    }

    Optional<URI> baseUrl() {
        return baseUrl;
    }

    boolean pages() {
        return pages;
    }

    boolean pdfs() {
        return pdfs;
    }
}
