package org.vacancypress.core.render.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.render.html.PageRenderer;

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
    /** The page a web server shows for an address the site does not have. */
    public static final String NOT_FOUND = "404.html";
    /** The folder of the feeds by country and by staff category. */
    public static final String FEEDS = "feeds/";
    /** The JSON Schema of jobs.json, published with it. */
    public static final String JOBS_SCHEMA = "schema/jobs.schema.json";
    /** The version of jobs.json's format: a change that breaks its readers changes it, and its schema. */
    public static final int JOBS_VERSION = 1;

    private static final Comparator<Map<String, Object>> SOONEST_CLOSING_FIRST =
            Comparator.comparing((Map<String, Object> n) -> text(n, "closesIso", "9999-12-31"))
                    .thenComparing(n -> text(n, "title", ""));
    private static final Comparator<Map<String, Object>> LATEST_CLOSING_FIRST =
            Comparator.comparing((Map<String, Object> n) -> text(n, "closesIso", "0000-01-01")).reversed()
                    .thenComparing(n -> text(n, "title", ""));

    /** The language of the site's own pages (list, archive, feed): a vacancy is listed by its notice in it, if any. */
    private static final String SITE_LANGUAGE = Language.EN.id();

    private static final Map<String, Object> LANGUAGE_NAMES = Stream.of(Language.values())
            .collect(Collectors.toUnmodifiableMap(Language::id, Language::nativeName));

    /** Characters XML 1.0 forbids: one, in a title say, would make feed readers reject the whole feed. */
    private static final Pattern NOT_IN_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final PageRenderer pages;
    private final Map<String, Object> organization;
    private final Map<String, Object> messages;
    private final Optional<URI> baseUrl;
    private final Map<String, Object> site;
    private final Map<String, Object> inLanguage;
    private final Optional<Logo> logo;

    /**
     * @param organizations the organization's view in each language
     * @param messages the interface text in each language; the site's own pages use English
     */
    public SiteFiles(PageRenderer pages, Function<Language, Map<String, Object>> organizations,
            Function<Language, Map<String, Object>> messages, Optional<URI> baseUrl, Optional<Logo> logo) {
        this.pages = pages;
        this.organization = organizations.apply(Language.EN);
        this.messages = messages.apply(Language.EN);
        this.baseUrl = baseUrl;
        this.site = siteView(baseUrl, logo);
        this.logo = logo;
        // What a feed entry says is in its notice's language: its messages and the organization's words.
        Map<String, Object> texts = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            texts.put(language.id(), Json.object("t", messages.apply(language), "organization", organizations.apply(language)));
        }
        this.inLanguage = Collections.unmodifiableMap(texts);
    }

    /**
     * What every page knows of the site: its address, if given, and where its logo is published,
     * if the organization has one ({@code assets/logo.svg}), also as a data address for the PDF,
     * which loads nothing.
     */
    public static Map<String, Object> siteView(Optional<URI> baseUrl, Optional<Logo> logo) {
        Map<String, Object> view = new LinkedHashMap<>();
        baseUrl.ifPresent(url -> view.put("baseUrl", url.toString()));
        logo.ifPresent(image -> {
            view.put("logo", image.file());
            view.put("logoData", image.dataAddress());
        });
        return Map.copyOf(view);
    }

    /** The organization's logo as the site publishes it. */
    public record Logo(String file, byte[] content) {
        public static Logo of(String sourceName, byte[] content) {
            return new Logo("assets/" + sourceName.substring(sourceName.lastIndexOf('/') + 1), content);
        }

        String dataAddress() {
            return "data:" + (file.endsWith(".svg") ? "image/svg+xml" : "image/png") + ";base64,"
                    + Base64.getEncoder().encodeToString(content);
        }
    }

    /** Where a file of the site is read: absolute under the site's address, else relative. */
    public static String address(Optional<URI> baseUrl, String file) {
        return baseUrl.map(url -> url.resolve(file).toString()).orElse(file);
    }

    /**
     * The site's files by name, for the published notices' facts; a template mistake goes to
     * {@code problems} and its file is left out.
     */
    public Map<String, byte[]> render(List<Map<String, Object>> notices, Consumer<Problem> problems) {
        List<Map<String, Object>> open = notices.stream().filter(SiteFiles::isOpen).sorted(SOONEST_CLOSING_FIRST)
                .toList();
        List<Map<String, Object>> closed = notices.stream().filter(n -> !isOpen(n)).sorted(LATEST_CLOSING_FIRST)
                .toList();
        Places places = new Places(notices);
        List<Map<String, Object>> openVacancies = vacancies(open, places);
        List<Map<String, Object>> closedVacancies = vacancies(closed, places);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Feed> feeds = baseUrl.isPresent() ? feeds(open) : List.of();
        Map<String, Object> index = model(openVacancies);
        index.put("archived", closedVacancies.size());
        index.put("filters", filters(openVacancies));
        index.put("feeds", feeds.stream().map(feed -> Json.object("file", feed.file(), "scope", feed.scope())).toList());
        page(files, INDEX, "index.ftlh", index, problems);
        Map<String, Object> archive = model(closedVacancies);
        archive.put("openCount", openVacancies.size());
        archive.put("years", byYear(closedVacancies));
        page(files, ARCHIVE, "archive.ftlh", archive, problems);
        page(files, NOT_FOUND, "404.ftlh", model(List.of()), problems);
        logo.ifPresent(image -> files.put(image.file(), image.content()));
        files.put(SEARCH_INDEX, utf8("window.vacancySearch=" + Json.write(searchIndex(openVacancies)) + ";\n"));
        files.put(JOBS, utf8(Json.write(jobs(open, closed)) + "\n"));
        files.put(ROBOTS, utf8(robots()));
        files.put(JOBS_SCHEMA, resource(JOBS_SCHEMA));
        if (baseUrl.isPresent()) {
            for (Feed feed : feeds) {
                feed(files, feed, open, closed, problems);
            }
            Map<String, Object> sitemap = model(open);
            sitemap.put("listUpdated", lastChange(open, closed));
            closed.stream().map(SiteFiles::lastChange).max(String::compareTo)
                    .ifPresent(updated -> sitemap.put("archiveUpdated", updated));
            page(files, SITEMAP, "sitemap.ftlx", sitemap, problems);
        }
        return files;
    }

    /** A feed of the open notices: all of them, or those of one duty-station country or staff category. */
    private record Feed(String file, String scope, Predicate<Map<String, Object>> holds) {
    }

    /** The site's feed, then one per duty-station country and one per staff category of the open notices. */
    private List<Feed> feeds(List<Map<String, Object>> open) {
        List<Feed> feeds = new ArrayList<>();
        feeds.add(new Feed(FEED, "", n -> true));
        Map<String, String> countries = new TreeMap<>();
        open.forEach(n -> countries.put(text(n, "country", ""), text(n, "countryNameInSite", "")));
        countries.forEach((code, name) -> feeds.add(new Feed(feedFile(code), name, n -> code.equals(n.get("country")))));
        @SuppressWarnings("unchecked")
        Map<String, Object> categoryNames = (Map<String, Object>) ((Map<String, Object>) messages.get("labels"))
                .get("staffCategories");
        for (String category : distinct(open, "staffCategory")) {
            feeds.add(new Feed(feedFile(category), String.valueOf(categoryNames.getOrDefault(category, category)),
                    n -> category.equals(n.get("staffCategory"))));
        }
        return feeds;
    }

    /** The feed of a country (its ISO code) or a staff category (its id): {@code feeds/LY.xml}. */
    public static String feedFile(String scope) {
        return FEEDS + scope + ".xml";
    }

    private void feed(Map<String, byte[]> files, Feed feed, List<Map<String, Object>> open,
            List<Map<String, Object>> closed, Consumer<Problem> problems) {
        List<Map<String, Object>> entries = open.stream().filter(feed.holds())
                .sorted(Comparator.comparing((Map<String, Object> n) -> text(n, "updatedIso", "")).reversed()).toList();
        Map<String, Object> model = model(entries);
        model.put("feed", Json.object("file", feed.file(), "scope", feed.scope()));
        model.put("inLanguage", inLanguage);
        model.put("updated", lastChange(entries, closed.stream().filter(feed.holds()).toList()) + "T00:00:00Z");
        page(files, feed.file(), "feed.ftlx", model, problems);
        files.computeIfPresent(feed.file(), (name, xml) -> utf8(NOT_IN_XML.matcher(new String(xml, StandardCharsets.UTF_8))
                .replaceAll("")));
    }

    private Map<String, Object> model(List<Map<String, Object>> notices) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organization", organization);
        model.put("site", site);
        model.put("t", messages);
        model.put("languageNames", LANGUAGE_NAMES);
        model.put("notices", notices);
        return model;
    }

    private void page(Map<String, byte[]> files, String file, String template, Map<String, Object> model,
            Consumer<Problem> problems) {
        pages.render(template, model).deliver(problems).ifPresent(text -> files.put(file, utf8(text)));
    }

    /**
     * One entry per vacancy, in the order of {@code notices}: the notices of one reference are
     * one vacancy in several languages. The entry shows the notice in the site's language (else
     * the first language's) and names its place as the filters do; {@code versions} links every
     * language, {@code languages} lists them for the filter.
     */
    private static List<Map<String, Object>> vacancies(List<Map<String, Object>> notices, Places places) {
        Map<String, List<Map<String, Object>>> byReference = new LinkedHashMap<>();
        notices.forEach(n -> byReference.computeIfAbsent(text(n, "reference", ""), r -> new ArrayList<>()).add(n));
        List<Map<String, Object>> vacancies = new ArrayList<>();
        for (List<Map<String, Object>> versions : byReference.values()) {
            List<Map<String, Object>> byLanguage = versions.stream()
                    .sorted(Comparator.comparing((Map<String, Object> n) -> !isSiteLanguage(n))
                            .thenComparing(n -> text(n, "language", "")))
                    .toList();
            Map<String, Object> shown = byLanguage.get(0);
            Map<String, Object> vacancy = new LinkedHashMap<>(shown);
            vacancy.put("place", places.name(text(shown, "country", ""), text(shown, "city", "")));
            vacancy.put("languages", byLanguage.stream().map(n -> text(n, "language", "")).toList());
            vacancy.put("versions", byLanguage.stream().map(n -> Json.object("language", n.get("language"),
                    "languageName", n.get("languageName"), "dir", n.get("dir"), "page", n.get("page"))).toList());
            vacancy.put("searchWords", String.join(" ", byLanguage.stream().map(n -> n.get("searchWords"))
                    .filter(words -> words != null).map(String::valueOf)
                    .flatMap(words -> Stream.of(words.split(" "))).collect(Collectors.toCollection(LinkedHashSet::new))));
            vacancies.add(vacancy);
        }
        return vacancies;
    }

    /** The closed vacancies by the year they closed in, latest first; the order within a year is kept. */
    private static List<Map<String, Object>> byYear(List<Map<String, Object>> closed) {
        Map<String, List<Map<String, Object>>> years = new LinkedHashMap<>();
        closed.forEach(n -> years.computeIfAbsent(text(n, "closesIso", text(n, "updatedIso", "")).substring(0, 4),
                year -> new ArrayList<>()).add(n));
        return years.entrySet().stream().map(year -> Json.object("year", year.getKey(), "notices", year.getValue()))
                .toList();
    }

    /** The values candidates filter the open vacancies by, each once, in a stable order. */
    private static Map<String, Object> filters(List<Map<String, Object>> open) {
        Map<String, String> countries = new TreeMap<>();
        Map<String, TreeSet<String>> cities = new TreeMap<>();
        for (Map<String, Object> n : open) {
            countries.put(text(n, "countryNameInSite", ""), text(n, "country", ""));
            cities.computeIfAbsent(text(n, "country", ""), c -> new TreeSet<>()).add(text(n, "place", ""));
        }
        List<Map<String, Object>> locations = new ArrayList<>();
        countries.forEach((name, code) -> locations.add(Json.object("code", code, "name", name,
                "cities", List.copyOf(cities.get(code)))));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("locations", locations);
        filters.put("grades", distinct(open, "grade"));
        filters.put("staffCategories", distinct(open, "staffCategory"));
        filters.put("contractTypes", distinct(open, "contractType"));
        filters.put("languages", List.copyOf(open.stream()
                .flatMap(n -> ((List<?>) n.get("languages")).stream().map(String::valueOf))
                .collect(Collectors.toCollection(TreeSet::new))));
        filters.put("occupationalGroups", List.copyOf(open.stream()
                .flatMap(n -> ((List<?>) n.get("occupationalGroups")).stream().map(String::valueOf))
                .collect(Collectors.toCollection(TreeSet::new))));
        return filters;
    }

    private static List<String> distinct(List<Map<String, Object>> notices, String key) {
        return List.copyOf(notices.stream().map(n -> text(n, key, "")).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Each open notice's searchable words, by page name: the index page's script searches them. */
    private static Map<String, Object> searchIndex(List<Map<String, Object>> open) {
        Map<String, Object> index = new LinkedHashMap<>();
        open.forEach(n -> index.put(text(n, "name", ""), n.get("searchWords")));
        return index;
    }

    /** Every published notice with what a job board needs to list it and link to it. */
    private Map<String, Object> jobs(List<Map<String, Object>> open, List<Map<String, Object>> closed) {
        return Json.object("$schema", address(baseUrl, JOBS_SCHEMA), "version", JOBS_VERSION,
                "organization", organization.get("name"),
                "jobs", Stream.concat(open.stream(), closed.stream()).map(this::job).toList());
    }

    private Map<String, Object> job(Map<String, Object> n) {
        Map<String, Object> job = Json.object(
                "reference", n.get("reference"),
                "title", n.get("title"),
                "status", isOpen(n) ? "open" : "closed",
                "language", n.get("language"),
                "country", n.get("country"),
                "countryIso3", n.get("countryIso3"),
                "countryName", n.get("countryNameInSite"),
                "city", n.get("city"),
                "grade", n.get("grade"),
                "staffCategory", n.get("staffCategory"),
                "contractType", n.get("contractType"),
                "occupationalGroups", n.get("occupationalGroups"),
                "datePosted", n.get("opensIso"),
                "closes", n.get("closesIso"),
                "validThrough", n.get("closesAt"),
                "updated", n.get("updatedIso"),
                "url", address(baseUrl, text(n, "page", "")),
                "pdfUrl", n.containsKey("pdf") ? address(baseUrl, text(n, "pdf", "")) : null,
                "applyUrl", isOpen(n) ? n.get("applyUrl") : null);
        job.values().removeIf(value -> value == null);
        return job;
    }

    private String robots() {
        return "User-agent: *\nAllow: /\n" + baseUrl.map(url -> "Sitemap: " + url.resolve(SITEMAP) + "\n").orElse("");
    }

    /** A list changes when an open notice is posted or updated, and when a notice closes and leaves it. */
    private static String lastChange(List<Map<String, Object>> open, List<Map<String, Object>> closed) {
        return Stream.concat(open.stream().map(n -> text(n, "updatedIso", "")), closed.stream().map(SiteFiles::lastChange))
                .max(String::compareTo).orElse("1970-01-01");
    }

    /** A closed notice last changed when it closed, or when it was updated after. */
    private static String lastChange(Map<String, Object> closed) {
        String updated = text(closed, "updatedIso", "");
        String closes = text(closed, "closesIso", updated);
        return closes.compareTo(updated) > 0 ? closes : updated;
    }

    static boolean isSiteLanguage(Map<String, Object> notice) {
        return SITE_LANGUAGE.equals(notice.get("language"));
    }

    private static boolean isOpen(Map<String, Object> notice) {
        return Boolean.TRUE.equals(notice.get("open"));
    }

    private static String text(Map<String, Object> notice, String key, String otherwise) {
        Object value = notice.get(key);
        return value == null ? otherwise : value.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteFiles.class.getResourceAsStream("/org/vacancypress/core/" + name.substring(name.indexOf('/') + 1))) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
