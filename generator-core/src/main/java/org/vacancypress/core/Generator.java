package org.vacancypress.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.publish.OutputFolder;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.markdown.Markdown;
import org.vacancypress.core.resolve.NoticeViews;
import org.vacancypress.core.validate.NoticeValidator;

/**
 * The whole pipeline in one place: load the notices folder, bind and validate every file
 * (collecting all problems), resolve each notice's boilerplate, render the pages, and publish
 * them at once. The Maven goals and the tests call only this class.
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

    /** Validates, then renders and publishes the HTML site if there was no error. */
    public BuildResult html() {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Loaded loaded = load(problems);
        if (problems.hasErrors()) {
            return result(problems, loaded, 0, start);
        }
        List<Notice> published = loaded.notices().stream()
                .filter(notice -> request.includeDrafts() || !notice.draft())
                .toList();
        Map<String, byte[]> files = render(loaded.organization().orElseThrow(), published, problems);
        if (problems.hasErrors()) {
            return result(problems, loaded, 0, start);
        }
        try {
            new OutputFolder(request.outputDirectory()).publish(files);
        } catch (IOException e) {
            problems.error(Location.ofFile(request.outputDirectory().toString()),
                    "cannot write the site: " + e.getMessage() + "; the previous site is unchanged");
            return result(problems, loaded, 0, start);
        }
        return result(problems, loaded, published.size(), start);
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
            notices.forEach(notice -> validator.validate(notice, problems));
        });
        NoticeValidator.validateAll(notices, problems);
        return new Loaded(organization, List.copyOf(notices), files.size());
    }

    private Map<String, byte[]> render(Organization organization, List<Notice> notices, Problems problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            PageRenderer pages = new PageRenderer(request.templateDirectory());
            NoticeViews views = new NoticeViews(organization, new Markdown(), request.today());
            List<Map<String, Object>> summaries = new ArrayList<>();
            for (Notice notice : notices) {
                Map<String, Object> view = views.notice(notice);
                summaries.add(view);
                page(pages, "notice.ftlh", Map.of("organization", views.organization(), "notice", view),
                        notice.name() + ".html", files, problems);
            }
            summaries.sort(Comparator.comparing((Map<String, Object> v) -> (String) v.getOrDefault("closesIso", "9999"))
                    .thenComparing(v -> (String) v.get("title")));
            page(pages, "index.ftlh", Map.of("organization", views.organization(), "notices", summaries),
                    "index.html", files, problems);
            for (String asset : ASSETS) {
                files.put(asset, pages.asset(asset));
            }
            files.put("schema/notice.schema.json", schema());
        } catch (IOException e) {
            problems.error(Location.ofFile(request.templateDirectory().map(Path::toString).orElse("templates")),
                    "cannot read the templates: " + e.getMessage());
        }
        return files;
    }

    private static void page(PageRenderer pages, String template, Map<String, Object> model, String output,
            Map<String, byte[]> files, Problems problems) {
        PageRenderer.Rendered rendered = pages.render(template, model);
        rendered.problem().ifPresent(problems::add);
        rendered.html().ifPresent(html -> files.put(output, html.getBytes(StandardCharsets.UTF_8)));
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
