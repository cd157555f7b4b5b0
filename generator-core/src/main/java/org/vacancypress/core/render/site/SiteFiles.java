package org.vacancypress.core.render.site;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.resolve.NoticeFacts;
import org.vacancypress.core.resolve.OrganizationView;

/**
 * The site's own files, made from the facts of every published notice: the open vacancies
 * with their filters and search index, the archive of closed ones by year, the 404 page, and
 * what aggregators read (Atom feeds, jobs export with its schema, sitemap, robots.txt). Feeds
 * and sitemap need absolute addresses, so they are published only when the site's address is known.
 */
public final class SiteFiles {

    /** Names of the files this class writes; no notice may take them. */
    public static final String INDEX = "index.html";
    /** The archive's first page; the next are {@link Archive#page}. */
    public static final String ARCHIVE = "archive.html";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    /** The folder of the feeds by duty-station country and by staff category. */
    public static final String FEEDS = "feeds/";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String JOBS = "jobs.json";
    /** The JSON Schema of jobs.json, published with it. */
    public static final String JOBS_SCHEMA = "schema/jobs.schema.json";
    /** The version of jobs.json's format: a change that breaks its readers raises it, and its schema's. */
    public static final int JOBS_VERSION = 1;
    public static final String SEARCH_INDEX = "search-index.js";

    private static final Comparator<PublishedNotice> SOONEST_CLOSING_FIRST =
            Comparator.comparing((PublishedNotice n) -> n.facts().closesIso().orElse("9999-12-31"))
                    .thenComparing(n -> n.facts().title());
    private static final Comparator<PublishedNotice> LATEST_CLOSING_FIRST =
            Comparator.comparing((PublishedNotice n) -> Vacancies.endedIso(n.facts()).orElse("0000-01-01")).reversed()
                    .thenComparing(n -> n.facts().title());

    private static final Map<String, Object> LANGUAGE_NAMES = Stream.of(Language.values())
            .collect(Collectors.toUnmodifiableMap(Language::id, Language::nativeName));

    /** Characters XML 1.0 forbids: one, in a title say, would make feed readers reject the whole feed. */
    private static final Pattern NOT_IN_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final PageRenderer pages;
    /** The language of the site's own pages (list, archive): a vacancy is listed by its notice in it, if any. */
    private final String siteLanguage;
    private final String siteDirection;
    private final OrganizationView organization;
    private final Map<String, Object> messages;
    private final Map<String, InLanguage> inLanguage;
    private final Optional<URI> baseUrl;
    private final Optional<Logo> logo;
    private final SiteView site;
    private final int archivePageSize;

    /**
     * @param organizations the organization's view in each language
     * @param messages the interface text in each language
     * @param siteLanguage the language of the site's own pages: the organization's
     * @param archivePageSize how many closed vacancies a page of the archive lists
     */
    public SiteFiles(PageRenderer pages, Language siteLanguage, Function<Language, OrganizationView> organizations,
            Function<Language, Map<String, Object>> messages, Optional<URI> baseUrl, Optional<Logo> logo,
            int archivePageSize) {
        this.pages = pages;
        this.siteLanguage = siteLanguage.id();
        this.siteDirection = siteLanguage.rightToLeft() ? "rtl" : "ltr";
        this.organization = organizations.apply(siteLanguage);
        this.messages = messages.apply(siteLanguage);
        Map<String, InLanguage> texts = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            texts.put(language.id(), new InLanguage(messages.apply(language), organizations.apply(language)));
        }
        this.inLanguage = Map.copyOf(texts);
        this.baseUrl = baseUrl;
        this.logo = logo;
        this.site = SiteView.of(baseUrl, logo);
        this.archivePageSize = archivePageSize;
    }

    /** What a feed entry says is in its notice's language: its messages and the organization's words. */
    public record InLanguage(Map<String, Object> t, OrganizationView organization) {
    }

    /** A feed the filters link: all open vacancies, or a country's or a staff category's ({@code scope} names it). */
    public record FeedLink(String file, String scope) {
    }

    private record Feed(FeedLink link, Predicate<NoticeFacts> holds) {
    }

    /** Where a file of the site is read: absolute under the site's address, else relative. */
    public static String address(Optional<URI> baseUrl, String file) {
        return baseUrl.map(url -> url.resolve(file).toString()).orElse(file);
    }

    /**
     * Writes the site's files but the search index into {@code output}, for the published
     * notices' facts (their search words aside); a template mistake goes to {@code problems}.
     */
    public void render(List<PublishedNotice> notices, SiteOutput output, Consumer<Problem> problems) throws IOException {
        List<PublishedNotice> open = openSoonestClosingFirst(notices);
        List<PublishedNotice> closed = notices.stream().filter(n -> !isOpen(n)).sorted(LATEST_CLOSING_FIRST)
                .toList();
        Places places = new Places(notices.stream().map(PublishedNotice::facts).toList(), this::isSiteLanguage);
        List<List<PublishedNotice>> openVacancies = Vacancies.byReference(open, this::isSiteLanguage);
        List<Vacancies.Vacancy> listed = openVacancies.stream().map(versions -> Vacancies.vacancy(versions, places))
                .toList();
        Archive archive = new Archive(closed, Vacancies.byReference(closed, this::isSiteLanguage), archivePageSize);
        List<Feed> feeds = baseUrl.isPresent() ? feeds(open) : List.of();

        Map<String, Object> index = model(open);
        index.put("vacancies", listed);
        index.put("archived", archive.vacancies());
        index.put("filters", Vacancies.filters(listed));
        index.put("feeds", feeds.stream().map(Feed::link).toList());
        page(output, INDEX, "index.ftlh", index, problems);
        for (int number = 1; number <= archive.pages(); number++) {
            // A page's vacancies are made as it is written: the archive of every notice is never whole in memory.
            List<Vacancies.Vacancy> vacancies = archive.vacanciesOn(number).stream()
                    .map(versions -> Vacancies.vacancy(versions, places)).toList();
            Map<String, Object> model = model(archive.closedOn(number));
            model.put("vacancies", vacancies);
            model.put("years", Vacancies.byYear(vacancies));
            model.put("openCount", listed.size());
            model.put("pager", archive.pager(number));
            page(output, Archive.page(number), "archive.ftlh", model, problems);
        }
        page(output, NOT_FOUND, "404.ftlh", model(List.of()), problems);
        if (logo.isPresent()) {
            bytes(output, logo.get().file(), logo.get().content());
        }
        output.write(JOBS, out -> {
            JobsExport.write(baseUrl, organization, Stream.concat(open.stream(), closed.stream()), out);
            return true;
        });
        bytes(output, JOBS_SCHEMA, JobsExport.schema());
        bytes(output, ROBOTS, utf8(robots()));
        if (baseUrl.isPresent()) {
            for (Feed feed : feeds) {
                feed(output, feed, open, closed, problems);
            }
            List<Sitemap.Address> addresses = Sitemap.addresses(lastChange(open, closed),
                    closed.stream().map(SiteFiles::lastChange).max(String::compareTo), archive.pages(), open);
            Sitemap.write(pages, () -> model(List.of()), baseUrl.get().toString(), addresses, Sitemap.MAX_ADDRESSES, output,
                    problems);
        }
    }

    /**
     * The search index of the list, {@value #SEARCH_INDEX}: the words of each open vacancy; the
     * only site file a notice's text changes, so rendered apart from the others.
     */
    public static byte[] searchIndex(List<PublishedNotice> notices, Language siteLanguage) {
        List<PublishedNotice> open = openSoonestClosingFirst(notices);
        return utf8("window.vacancySearch=" + Json.write(Vacancies.searchIndex(Vacancies.byReference(open,
                notice -> siteLanguage.id().equals(notice.language())))) + ";\n");
    }

    private Map<String, Object> model(List<PublishedNotice> notices) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organization", organization);
        model.put("site", site);
        model.put("t", messages);
        model.put("siteLanguage", siteLanguage);
        model.put("siteDirection", siteDirection);
        model.put("languageNames", LANGUAGE_NAMES);
        model.put("notices", notices.stream().map(PublishedNotice::facts).toList());
        Map<String, String> pdfs = new LinkedHashMap<>();
        notices.forEach(n -> n.pdf().ifPresent(pdf -> pdfs.put(n.facts().name(), pdf)));
        model.put("pdfs", pdfs);
        return model;
    }

    private void page(SiteOutput output, String file, String template, Map<String, Object> model,
            Consumer<Problem> problems) throws IOException {
        page(pages, output, file, template, model, problems);
    }

    static void page(PageRenderer pages, SiteOutput output, String file, String template, Map<String, Object> model,
            Consumer<Problem> problems) throws IOException {
        output.write(file, out -> pages.write(template, model, out).map(problem -> {
            problems.accept(problem);
            return false;
        }).orElse(true));
    }

    private static void bytes(SiteOutput output, String file, byte[] content) throws IOException {
        output.write(file, out -> {
            out.write(content);
            return true;
        });
    }

    /** The site's feed, then one per duty-station country and one per staff category of the open notices. */
    private List<Feed> feeds(List<PublishedNotice> open) {
        List<Feed> feeds = new ArrayList<>();
        feeds.add(new Feed(new FeedLink(FEED, ""), n -> true));
        Map<String, String> countries = new TreeMap<>();
        open.forEach(n -> n.facts().dutyStations().stream().filter(station -> !station.country().isEmpty())
                .forEach(station -> countries.put(station.country(), station.countryNameInSite())));
        // A post based in two countries is in both countries' feeds.
        countries.forEach((code, name) -> feeds.add(new Feed(new FeedLink(feedFile(code), name),
                n -> n.dutyStations().stream().anyMatch(station -> code.equals(station.country())))));
        Map<String, String> categoryNames = organization.labels().get("staffCategories");
        for (String category : Vacancies.distinct(open.stream().flatMap(n -> n.facts().staffCategory().stream()))) {
            feeds.add(new Feed(new FeedLink(feedFile(category), categoryNames.getOrDefault(category,
                    category)), n -> n.staffCategory().filter(category::equals).isPresent()));
        }
        return feeds;
    }

    /** The feed of a country (its ISO code) or a staff category (its id): {@code feeds/LY.xml}. */
    public static String feedFile(String scope) {
        return FEEDS + scope + ".xml";
    }

    private void feed(SiteOutput output, Feed feed, List<PublishedNotice> open, List<PublishedNotice> closed,
            Consumer<Problem> problems) throws IOException {
        List<PublishedNotice> entries = open.stream().filter(n -> feed.holds().test(n.facts()))
                .sorted(Comparator.comparing((PublishedNotice n) -> n.facts().updatedIso()).reversed()).toList();
        Map<String, Object> model = model(entries);
        model.put("feed", feed.link());
        model.put("inLanguage", inLanguage);
        model.put("updated", lastChange(entries, closed.stream().filter(n -> feed.holds().test(n.facts())).toList())
                + "T00:00:00Z");
        // A feed lists the open notices only: small enough to clean whole.
        Optional<String> xml = pages.render("feed.ftlx", model).deliver(problems);
        if (xml.isPresent()) {
            bytes(output, feed.link().file(), utf8(NOT_IN_XML.matcher(xml.get()).replaceAll("")));
        }
    }

    private String robots() {
        return "User-agent: *\nAllow: /\n" + baseUrl.map(url -> "Sitemap: " + url.resolve(SITEMAP) + "\n").orElse("");
    }

    /** A list changes when an open notice is posted or updated, and when a notice closes and leaves it. */
    private static String lastChange(List<PublishedNotice> open, List<PublishedNotice> closed) {
        return Stream.concat(open.stream().map(n -> n.facts().updatedIso()), closed.stream().map(SiteFiles::lastChange))
                .max(String::compareTo).orElse("1970-01-01");
    }

    /** A closed notice last changed when it closed, or when it was updated after. */
    private static String lastChange(PublishedNotice closed) {
        String updated = closed.facts().updatedIso();
        String closes = closed.facts().closesIso().orElse(updated);
        return closes.compareTo(updated) > 0 ? closes : updated;
    }

    private boolean isSiteLanguage(NoticeFacts notice) {
        return siteLanguage.equals(notice.language());
    }

    private static List<PublishedNotice> openSoonestClosingFirst(List<PublishedNotice> notices) {
        return notices.stream().filter(SiteFiles::isOpen).sorted(SOONEST_CLOSING_FIRST).toList();
    }

    private static boolean isOpen(PublishedNotice notice) {
        return notice.facts().open();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
