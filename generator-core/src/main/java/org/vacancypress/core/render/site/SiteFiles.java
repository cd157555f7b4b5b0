package org.vacancypress.core.render.site;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.resolve.NoticeFacts;
import org.vacancypress.core.resolve.OrganizationView;

/**
 * The site's own files, made from the facts of every published notice: the open vacancies
 * with their filters and search index, the archive of closed ones, and what aggregators read
 * (Atom feed, jobs export, sitemap, robots.txt). Feed and sitemap need absolute addresses, so
 * they are published only when the site's address is known.
 */
public final class SiteFiles {

    /** Names of the files this class writes; no notice may take them. */
    public static final String INDEX = "index.html";
    public static final String ARCHIVE = "archive.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String JOBS = "jobs.json";
    public static final String SEARCH_INDEX = "search-index.js";

    private static final Comparator<PublishedNotice> SOONEST_CLOSING_FIRST =
            Comparator.comparing((PublishedNotice n) -> n.facts().closesIso().orElse("9999-12-31"))
                    .thenComparing(n -> n.facts().title());
    private static final Comparator<PublishedNotice> LATEST_CLOSING_FIRST =
            Comparator.comparing((PublishedNotice n) -> n.facts().closesIso().orElse("0000-01-01")).reversed()
                    .thenComparing(n -> n.facts().title());

    private static final Map<String, Object> LANGUAGE_NAMES = Stream.of(Language.values())
            .collect(Collectors.toUnmodifiableMap(Language::id, Language::nativeName));

    /** Characters XML 1.0 forbids: one, in a title say, would make feed readers reject the whole feed. */
    private static final Pattern NOT_IN_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final PageRenderer pages;
    private final OrganizationView organization;
    private final Map<String, Object> messages;
    private final Optional<URI> baseUrl;
    private final SiteView site;

    /** @param messages the site's interface text, in its language */
    public SiteFiles(PageRenderer pages, OrganizationView organization, Map<String, Object> messages,
            Optional<URI> baseUrl) {
        this.pages = pages;
        this.organization = organization;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.site = SiteView.of(baseUrl);
    }

    /** Where a file of the site is read: absolute under the site's address, else relative. */
    public static String address(Optional<URI> baseUrl, String file) {
        return baseUrl.map(url -> url.resolve(file).toString()).orElse(file);
    }

    /**
     * The site's files by name, for the published notices' facts; a template mistake goes to
     * {@code problems} and its file is left out.
     */
    public Map<String, byte[]> render(List<PublishedNotice> notices, Consumer<Problem> problems) {
        List<PublishedNotice> open = notices.stream().filter(SiteFiles::isOpen).sorted(SOONEST_CLOSING_FIRST)
                .toList();
        List<PublishedNotice> closed = notices.stream().filter(n -> !isOpen(n)).sorted(LATEST_CLOSING_FIRST)
                .toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> index = model(open);
        index.put("archived", closed.size());
        index.put("filters", filters(open));
        page(files, INDEX, "index.ftlh", index, problems);
        Map<String, Object> archive = model(closed);
        archive.put("openCount", open.size());
        page(files, ARCHIVE, "archive.ftlh", archive, problems);
        files.put(SEARCH_INDEX, utf8("window.vacancySearch=" + Json.write(searchIndex(open)) + ";\n"));
        files.put(JOBS, utf8(Json.write(jobs(open, closed)) + "\n"));
        files.put(ROBOTS, utf8(robots()));
        if (baseUrl.isPresent()) {
            Map<String, Object> feed = model(open.stream().sorted(Comparator.comparing(
                    (PublishedNotice n) -> n.facts().updatedIso()).reversed()).toList());
            feed.put("updated", lastChange(open, closed) + "T00:00:00Z");
            page(files, FEED, "feed.ftlx", feed, problems);
            files.computeIfPresent(FEED, (name, xml) -> utf8(NOT_IN_XML.matcher(new String(xml, StandardCharsets.UTF_8))
                    .replaceAll("")));
            files.put(SITEMAP, utf8(sitemap(open, !closed.isEmpty())));
        }
        return files;
    }

    private Map<String, Object> model(List<PublishedNotice> notices) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organization", organization);
        model.put("site", site);
        model.put("t", messages);
        model.put("languageNames", LANGUAGE_NAMES);
        model.put("notices", notices.stream().map(PublishedNotice::facts).toList());
        Map<String, String> pdfs = new LinkedHashMap<>();
        notices.forEach(n -> n.pdf().ifPresent(pdf -> pdfs.put(n.facts().name(), pdf)));
        model.put("pdfs", pdfs);
        return model;
    }

    private void page(Map<String, byte[]> files, String file, String template, Map<String, Object> model,
            Consumer<Problem> problems) {
        pages.render(template, model).deliver(problems).ifPresent(text -> files.put(file, utf8(text)));
    }

    /** The values candidates filter the open vacancies by, each once, in a stable order. */
    private static Map<String, Object> filters(List<PublishedNotice> open) {
        Map<String, String> countries = new TreeMap<>();
        Map<String, TreeSet<String>> cities = new TreeMap<>();
        for (PublishedNotice published : open) {
            NoticeFacts n = published.facts();
            countries.put(n.countryNameInSite(), n.country());
            cities.computeIfAbsent(n.country(), c -> new TreeSet<>()).add(n.city());
        }
        List<Map<String, Object>> locations = new ArrayList<>();
        countries.forEach((name, code) -> locations.add(Json.object("code", code, "name", name,
                "cities", List.copyOf(cities.get(code)))));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("locations", locations);
        filters.put("grades", distinct(open, NoticeFacts::grade));
        filters.put("staffCategories", distinct(open, NoticeFacts::staffCategory));
        filters.put("contractTypes", distinct(open, NoticeFacts::contractType));
        filters.put("languages", distinct(open, NoticeFacts::language));
        filters.put("occupationalGroups", List.copyOf(open.stream()
                .flatMap(n -> n.facts().occupationalGroups().stream())
                .collect(Collectors.toCollection(TreeSet::new))));
        return filters;
    }

    private static List<String> distinct(List<PublishedNotice> notices, Function<NoticeFacts, String> fact) {
        return List.copyOf(notices.stream().map(n -> fact.apply(n.facts()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Each open notice's searchable words, by page name: the index page's script searches them. */
    private static Map<String, Object> searchIndex(List<PublishedNotice> open) {
        Map<String, Object> index = new LinkedHashMap<>();
        open.forEach(n -> index.put(n.facts().name(), n.searchWords().orElse(null)));
        return index;
    }

    /** Every published notice with what a job board needs to list it and link to it. */
    private Map<String, Object> jobs(List<PublishedNotice> open, List<PublishedNotice> closed) {
        return Json.object("organization", organization.name(),
                "jobs", Stream.concat(open.stream(), closed.stream()).map(this::job).toList());
    }

    private Map<String, Object> job(PublishedNotice published) {
        NoticeFacts n = published.facts();
        Map<String, Object> job = Json.object(
                "reference", n.reference(),
                "title", n.title(),
                "status", n.open() ? "open" : "closed",
                "language", n.language(),
                "country", n.country(),
                "countryIso3", n.countryIso3(),
                "countryName", n.countryNameInSite(),
                "city", n.city(),
                "grade", n.grade(),
                "staffCategory", n.staffCategory(),
                "contractType", n.contractType(),
                "occupationalGroups", n.occupationalGroups(),
                "datePosted", n.opensIso(),
                "closes", n.closesIso().orElse(null),
                "validThrough", n.closesAt().orElse(null),
                "updated", n.updatedIso(),
                "url", address(baseUrl, n.page()),
                "pdfUrl", published.pdf().map(pdf -> address(baseUrl, pdf)).orElse(null),
                "applyUrl", n.open() ? n.applyUrl() : null);
        job.values().removeIf(value -> value == null);
        return job;
    }

    private String robots() {
        return "User-agent: *\nAllow: /\n" + baseUrl.map(url -> "Sitemap: " + url.resolve(SITEMAP) + "\n").orElse("");
    }

    /** The open notices' pages, the list and, when there is one, the archive; closed notices' pages are not listed. */
    private String sitemap(List<PublishedNotice> open, boolean archive) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String newest = open.stream().map(n -> n.facts().updatedIso()).max(String::compareTo).orElse(null);
        url(xml, INDEX, newest);
        if (archive) {
            url(xml, ARCHIVE, null);
        }
        for (PublishedNotice n : open) {
            url(xml, n.facts().page(), n.facts().updatedIso());
        }
        return xml.append("</urlset>\n").toString();
    }

    private void url(StringBuilder xml, String file, String lastmod) {
        xml.append("  <url><loc>").append(xmlText(address(baseUrl, file))).append("</loc>");
        if (lastmod != null) {
            xml.append("<lastmod>").append(lastmod).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /** The feed changes when an open notice is posted or updated, and when a notice closes and leaves it. */
    private static String lastChange(List<PublishedNotice> open, List<PublishedNotice> closed) {
        return Stream.concat(open.stream().map(n -> n.facts().updatedIso()),
                closed.stream().map(n -> n.facts().closesIso().orElse(n.facts().updatedIso())))
                .max(String::compareTo).orElse("1970-01-01");
    }

    private static boolean isOpen(PublishedNotice notice) {
        return notice.facts().open();
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
