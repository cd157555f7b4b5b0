package org.vacancypress.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
    private final int archivePageSize;
    private final boolean pages;
    private final boolean pdfs;
    private final KeptPdfRenderer pdfRenderer;
    private final EarlyTarget early;
    private final KeptSiteFiles siteFiles;

    /**
     * @param archivePageSize how many closed vacancies a page of the archive lists
     * @param pages whether the notices' pages and the site's lists are rendered
     * @param pdfs whether the notices' PDFs are rendered
     * @param pdfRenderer the generator's PDF renderer, made when the first notice needs one
     * @param early where a notice's files are shown as soon as they are rendered, before the site is published
     * @param siteFiles the generator's site files as its last build rendered them
     */
    public Renderer(Templates templates, NoticeViews views, Optional<Path> templateDirectory, Optional<URI> baseUrl,
            int archivePageSize, boolean pages, boolean pdfs, KeptPdfRenderer pdfRenderer, EarlyTarget early, KeptSiteFiles siteFiles) {
        this.templates = templates;
        this.views = views;
        this.templateDirectory = templateDirectory;
        this.baseUrl = baseUrl;
        this.archivePageSize = archivePageSize;
        this.pages = pages;
        this.pdfs = pdfs;
        this.pdfRenderer = pdfRenderer;
        this.early = early;
        this.siteFiles = siteFiles;
    }

    /** At most this many notices changed is a save (the preview's): the site's files then render beside them. */
    private static final int FEW_CHANGED = 16;

    /**
     * A notice's facts and the hash of its inputs: its PDF is in the site this build publishes
     * when this build renders the PDFs (one that fails fails the build) or the published site has it.
     */
    private record Prepared(Notice notice, NoticeFacts facts, String hash, boolean pdfPublished, boolean changed) {

        /**
         * The notice as the site lists it; only the list's search reads its words, from the
         * words of its texts when they were kept, else from the notice whole, and it lists the
         * open notices.
         */
        PublishedNotice summary(Optional<String> textWords, Supplier<Optional<Notice>> whole) {
            return new PublishedNotice(facts, facts.open() ? textWords.map(words -> SearchWords.of(notice, facts, words))
                    .or(() -> whole.get().map(read -> SearchWords.of(read, facts))) : Optional.empty(),
                    pdfPublished ? Optional.of(notice.name() + ".pdf") : Optional.empty());
        }
    }

    /**
     * Renders what changed into {@code target}; returns how many notices had anything rendered.
     * After a save (a few notices changed), the notices that changed are rendered first, so that
     * a saved notice's page is shown early, and the site's own files, which need only the
     * notices' summaries, beside them on a thread of their own: a notice held outlined is then
     * read whole again for its words.
     *
     * @param notices each whole or as outlined by loading
     * @param whole a notice whole, read again when it was outlined; empty (and an error) when it cannot be
     * @param textWords the words of an outlined notice's texts, when kept with it (see {@link SearchWords#ofTexts})
     */
    public int render(List<Notice> notices, Function<Notice, Optional<Notice>> whole,
            Function<Notice, Optional<String>> textWords, RenderTarget target, Workers workers, Problems problems)
            throws IOException {
        List<Prepared> prepared = workers.each(notices, notice -> prepare(notice, target));
        List<Prepared> changed = prepared.stream().filter(Prepared::changed).toList();
        AtomicInteger rendered = new AtomicInteger();
        if (pages && changed.size() <= FEW_CHANGED) {
            workers.rendering(Stream.concat(changed.stream(), prepared.stream().filter(notice -> !notice.changed()))
                    .toList(), notice -> renderNotice(notice, whole, target, problems, rendered),
                    () -> renderSite(prepared.stream().map(notice -> notice.summary(textWords.apply(notice.notice()),
                            () -> whole.apply(notice.notice()))).toList(), target, problems));
            return rendered.get();
        }
        List<PublishedNotice> summaries = workers.rendering(prepared, notice -> {
            NoticeRendering rendering = renderNotice(notice, whole, target, problems, rendered);
            return pages ? notice.summary(textWords.apply(notice.notice()), rendering::whole)
                    : notice.summary(Optional.empty(), Optional::empty);
        });
        if (pages) {
            renderSite(summaries, target, problems);
        }
        return rendered.get();
    }

    private Prepared prepare(Notice notice, RenderTarget target) {
        NoticeFacts facts = views.facts(notice);
        String pdf = notice.name() + ".pdf";
        String hash = target.noticeHash(notice.sources().source(), facts.open(), facts.translations().stream()
                .map(other -> other.language() + ":" + other.page()).toList());
        Optional<Long> published = target.publishedSize(pdf);
        // Without PDFs rendered, the page links the published PDF, whose size is in the page's hash.
        boolean changed = pdfs ? !target.upToDate(pdf, hash)
                : !target.upToDate(notice.name() + ".html", target.pageHash(hash, PdfSize.of(published)));
        return new Prepared(notice, facts, hash, pdfs || published.isPresent(), changed);
    }

    /** Renders the notice's files, counted in {@code rendered} when anything had to be. */
    private NoticeRendering renderNotice(Prepared notice, Function<Notice, Optional<Notice>> whole, RenderTarget target,
            Problems problems, AtomicInteger rendered) {
        NoticeRendering rendering = new NoticeRendering(notice.notice(), whole, notice.facts(), this, target, problems,
                notice.hash());
        if (run(rendering, notice.notice(), problems)) {
            rendered.incrementAndGet();
        }
        return rendering;
    }

    /** Whether anything of the notice had to be rendered; its mistakes are problems. */
    private static boolean run(NoticeRendering rendering, Notice notice, Problems problems) {
        try {
            return rendering.run();
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
        return false;
    }

    /**
     * The site's own files, rendered from the notices' summaries and the shared inputs only:
     * kept as published when the summaries are this generator's last build's. A notice's
     * search words change with its text, the usual edit: only the search index reads them.
     */
    private void renderSite(List<PublishedNotice> summaries, RenderTarget target, Problems problems)
            throws IOException {
        target.writeEveryTime(SiteFiles.SEARCH_INDEX, SiteFiles.searchIndex(summaries, views.siteLanguage()));
        List<PublishedNotice> listed = summaries.stream()
                .map(notice -> new PublishedNotice(notice.facts(), Optional.empty(), notice.pdf())).toList();
        String listedHash = siteFiles.hash(listed);
        Optional<Map<String, String>> kept = siteFiles.renderedFrom(listedHash).filter(files -> files.entrySet()
                .stream().allMatch(file -> target.upToDate(file.getKey(), target.siteFileHash(file.getValue()))));
        if (kept.isPresent()) {
            kept.get().forEach((file, content) -> target.keep(file, target.siteFileHash(content)));
            target.whenPublished(() -> siteFiles.published(listedHash, kept.get()));
        } else {
            SiteFiles site = new SiteFiles(templates.pages(), views.siteLanguage(), views::organization,
                    templates.messages()::of, baseUrl, templates.logo(), archivePageSize);
            Map<String, String> contentHashes = new LinkedHashMap<>();
            try {
                site.render(listed, (file, content) -> {
                    KeptSiteFiles.Hashing out = new KeptSiteFiles.Hashing(target.create(file));
                    boolean whole;
                    try (out) {
                        whole = content.writeTo(out);
                    }
                    if (whole) {
                        contentHashes.put(file, out.hash());
                        target.written(file, target.siteFileHash(out.hash()));
                    }
                }, problems::add);
            } catch (OutOfMemoryError e) {
                // An archive of 100,000 notices is one page of 73 MB: what it held is garbage once this is thrown.
                problems.error(templateLocation(), OutOfMemory.forSiteFiles(listed.size()));
            }
            target.whenPublished(() -> siteFiles.published(listedHash, contentHashes));
        }
        for (String asset : ASSETS) {
            try {
                target.writeEveryTime(asset, templates.pages().asset(asset));
            } catch (NoSuchFileException e) {
                problems.error(templateLocation(), "cannot read the asset " + asset + ": " + e.getMessage());
            }
        }
        target.writeEveryTime("schema/notice.schema.json", schema());
    }

    private Location templateLocation() {
        return Location.ofFile(templateDirectory.map(Path::toString).orElse("default templates"));
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

    EarlyTarget early() {
        return early;
    }
}
