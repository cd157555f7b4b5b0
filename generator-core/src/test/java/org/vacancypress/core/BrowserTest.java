package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site in a real browser, as candidates use it: axe-core's WCAG 2.2 AA rules, filters and
 * search, the list without JavaScript, the keyboard, a 360 px phone, a sub-path and file://.
 * Writes the README's screenshots to {@code target/screenshots}.
 */
class BrowserTest {

    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final String SUB_PATH = "/careers/jobs/";
    private static final String LANGUAGES_PATH = "/languages/";
    private static final String CROWDED_PATH = "/crowded/";
    /** The real notices' archive, one closed vacancy a page. */
    private static final String PAGED_PATH = "/paged/";
    /** A day the real notices' Arabic version is open. */
    private static final java.time.LocalDate TRIPOLI_OPEN = java.time.LocalDate.of(2025, 4, 20);
    private static final String WCAG_22_AA = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";
    private static final String COORDINATOR = "protection-coordinator-tripoli-2018";
    private static final String TRIPOLI_NO = "national-protection-officer-avm-tripoli-2025";
    private static final String PORT_VILA = "programme-assistant-ctip-port-vila-2023";

    @TempDir
    static Path dir;
    static Path site;
    static Chromium browser;
    static HttpServer server;
    static String root;
    static final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void buildServeAndOpenABrowser() throws Exception {
        site = dir.resolve("site");
        BuildResult result = new Generator(Fixtures.request(Fixtures.siteFolder(dir), site)
                .withToday(Fixtures.SITE_DAY).withBaseUrl(URI.create("https://careers.example.org/"))).build();
        assertTrue(result.succeeded(), () -> result.problems().toString());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Path languages = dir.resolve("languages");
        BuildResult real = new Generator(Fixtures.request(Fixtures.NOTICES, languages).withToday(TRIPOLI_OPEN)
                .withBaseUrl(URI.create("https://careers.example.org/"))).build();
        assertTrue(real.succeeded(), () -> real.problems().toString());
        Path crowded = dir.resolve("crowded");
        BuildResult many = new Generator(Fixtures.request(Fixtures.crowdedFolder(dir.resolve("many")), crowded)
                .withToday(Fixtures.SITE_DAY).withBaseUrl(URI.create("https://careers.example.org/"))).html();
        assertTrue(many.succeeded(), () -> many.problems().toString());
        server.createContext(CROWDED_PATH, exchange -> serve(exchange, crowded, CROWDED_PATH));
        Path paged = dir.resolve("paged");
        BuildResult onePerPage = new Generator(Fixtures.request(Fixtures.NOTICES, paged).withToday(TRIPOLI_OPEN)
                .withArchivePageSize(1)).html();
        assertTrue(onePerPage.succeeded(), () -> onePerPage.problems().toString());
        server.createContext(PAGED_PATH, exchange -> serve(exchange, paged, PAGED_PATH));
        server.createContext(SUB_PATH, exchange -> serve(exchange, site, SUB_PATH));
        server.createContext(LANGUAGES_PATH, exchange -> serve(exchange, languages, LANGUAGES_PATH));
        server.start();
        root = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
        browser = Chromium.start();
    }

    /** Serves the files of {@code folder} under {@code path}, recording each request and its status. */
    private static void serve(HttpExchange exchange, Path folder, String path) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(path.length());
        Path file = folder.resolve(name.isEmpty() ? "index.html" : name).normalize();
        boolean found = file.startsWith(folder) && Files.isRegularFile(file);
        requests.add(exchange.getRequestURI().getPath() + " " + (found ? 200 : 404));
        byte[] body = found ? Files.readAllBytes(file) : new byte[0];
        exchange.getResponseHeaders().set("Content-Type", contentType(file.toString()));
        exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void desktopWithScripts() throws Exception {
        browser.scripts(true);
        browser.viewport(1280, 900, false);
    }

    private static String contentType(String file) {
        return file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".css") ? "text/css"
                : file.endsWith(".js") ? "text/javascript" : file.endsWith(".pdf") ? "application/pdf"
                : file.endsWith(".svg") ? "image/svg+xml" : file.endsWith(".png") ? "image/png"
                : "application/octet-stream";
    }

    /** The axe-core violations of the open page against WCAG 2.2 A and AA, one line each. */
    private static List<String> axeViolations() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException(AXE + " is missing: Maven installs it with npm ci in src/test/browser"
                    + " (generate-test-resources)");
        }
        browser.evaluate(Files.readString(AXE));
        return texts(browser.evaluate("axe.run(document, {runOnly: {type: 'tag', values: "
                + WCAG_22_AA + "}}).then(r => r.violations.map(v => v.id + ' (' + v.impact + '): '"
                + " + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')))"));
    }

    private static List<String> visibleVacancies() throws Exception {
        return texts(browser.evaluate("Array.from(document.querySelectorAll('#vacancies > li'))"
                + ".filter(li => li.offsetParent !== null).map(li => li.dataset.name)"));
    }

    /** The texts of a JSON array the page gave, in order. */
    private static List<String> texts(JsonNode array) {
        List<String> found = new ArrayList<>();
        array.forEach(item -> found.add(item.asText()));
        return found;
    }

    private static String text(String selector) throws Exception {
        return browser.evaluate("document.querySelector('" + selector + "').textContent").asText();
    }

    /** Sets a filter control as a user does, firing the events the page listens to. */
    private static void set(String id, String value) throws Exception {
        browser.evaluate("(() => { const c = document.getElementById('" + id + "'); c.value = '" + value + "';"
                + " c.dispatchEvent(new Event('input', {bubbles: true})); c.dispatchEvent(new Event('change',"
                + " {bubbles: true})); })()");
    }

    @Test
    void axeFindsNoWcag22AaViolationOnTheListFiltersInUseTheNoticesAndTheArchive() throws Exception {
        Map<String, String> pages = Map.of(
                "index, filters in use", "index.html?location=LY&q=protection",
                "index, nothing matches", "index.html?grade=P-3&q=nothing-matches-this",
                "open notice", COORDINATOR + ".html",
                "closed notice", "protection-officer-policy-capacity-development-libya-2025.html",
                "archive", "archive.html");
        for (boolean phone : List.of(false, true)) {
            browser.viewport(phone ? 360 : 1280, 800, phone);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.open(root + page.getValue());
                assertEquals(List.of(), axeViolations(), page.getKey() + (phone ? " on a phone" : ""));
            }
        }
        browser.open(root + "index.html?location=LY&q=protection");
        assertTrue(browser.evaluate("document.getElementById('filter-panel').offsetParent !== null").asBoolean(),
                "axe saw the filters open");
        String languages = root.replace(SUB_PATH, LANGUAGES_PATH);
        for (String page : List.of("national-protection-officer-avm-tripoli-2025-ar.html",
                "programme-assistant-ctip-port-vila-2023-fr.html", "index.html?language=ar")) {
            for (boolean phone : List.of(false, true)) {
                browser.viewport(phone ? 360 : 1280, 800, phone);
                browser.open(languages + page);
                assertEquals(List.of(), axeViolations(), page + (phone ? " on a phone" : ""));
                assertTrue(browser.evaluate("document.documentElement.scrollWidth <= " + (phone ? 360 : 1280))
                        .asBoolean(), page + " scrolls sideways");
            }
        }
    }

    @Test
    void filtersAndSearchNarrowTheListAndTheAddressSharesTheView() throws Exception {
        browser.open(root + "index.html?location=LY");
        assertEquals(List.of(TRIPOLI_NO, COORDINATOR), visibleVacancies());
        assertEquals("LY", browser.evaluate("document.getElementById('f-location').value").asText());
        assertEquals("2 of 3 open vacancies match these filters, soonest closing first.", text("#count"));

        set("f-q", "Bangladeshis");
        assertEquals(List.of(COORDINATOR), visibleVacancies(), "a word of the notice's context");
        assertEquals("?q=Bangladeshis&location=LY", browser.evaluate("location.search").asText());

        set("f-location", "");
        set("f-q", "P-3");
        assertEquals(List.of(COORDINATOR), visibleVacancies(), "a grade as the list shows it");
        set("f-q", "VANUATU traff");
        assertEquals(List.of(PORT_VILA), visibleVacancies(), "case-insensitive, words by their beginning");
        set("f-q", "");
        set("f-grade", "P-3");
        assertEquals(List.of(COORDINATOR), visibleVacancies());
        set("f-category", "general-service");
        assertEquals(List.of(), visibleVacancies());
        assertEquals("No open vacancy matches these filters. Clear them to see all 3.", text("#count"));

        browser.open(root + "index.html?contract=special-short-term&group=Migration");
        assertEquals(List.of(TRIPOLI_NO), visibleVacancies(), "a shared address opens the same view");

        // Arabic letters with hamza come apart under NFD: the page folds them as the index does.
        browser.open(root.replace(SUB_PATH, LANGUAGES_PATH) + "index.html?q=" + java.net.URLEncoder.encode("إدارة",
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("national-protection-officer-avm-tripoli-2025"), visibleVacancies(),
                "the vacancy, found by the words of its Arabic version");
    }

    /** The names of the vacancies whose whole entry is in the first screen. */
    private static List<String> aboveTheFold() throws Exception {
        return texts(browser.evaluate("Array.from(document.querySelectorAll('#vacancies > li'))"
                + ".filter(li => li.offsetParent !== null && li.getBoundingClientRect().bottom <= innerHeight)"
                + ".map(li => li.dataset.name)"));
    }

    @Test
    void aScreenShowsFiveVacanciesAndAPhoneTwoWithTheFiltersClosed() throws Exception {
        String crowded = root.replace(SUB_PATH, CROWDED_PATH);
        browser.viewport(1280, 800, false);
        browser.open(crowded + "index.html");
        assertEquals(8, visibleVacancies().size(), "eight vacancies, one entry each for ten notices");
        int desktop = aboveTheFold().size();
        System.out.println("Vacancies above the fold at 1280x800: " + desktop);
        assertTrue(desktop >= 5, desktop + " vacancies above the fold at 1280x800");

        browser.viewport(360, 740, true);
        browser.open(crowded + "index.html");
        assertTrue(browser.evaluate("document.getElementById('filter-panel').offsetParent === null").asBoolean(),
                "the filters wait behind their button on a phone");
        int phone = aboveTheFold().size();
        System.out.println("Vacancies above the fold at 360x740: " + phone);
        assertTrue(phone >= 2, phone + " vacancies above the fold at 360x740");

        browser.evaluate("document.getElementById('filters-toggle').click()");
        assertEquals("true", browser.evaluate("document.getElementById('filters-toggle').getAttribute('aria-expanded')")
                .asText());
        assertTrue(browser.evaluate("document.getElementById('f-grade').offsetParent !== null").asBoolean());
        set("f-grade", "G-5");
        assertEquals(List.of(PORT_VILA), visibleVacancies());
        assertEquals(" (1)", text("#active-count"));
        set("f-grade", "");
        set("f-location", "VU:Port Vila");
        assertEquals(List.of(PORT_VILA), visibleVacancies(), "Port Vila and Port-Vila are one place");
        set("f-location", "");
        set("f-language", "ar");
        assertEquals(List.of(TRIPOLI_NO), visibleVacancies(), "a vacancy is listed once, in each of its languages");
        assertEquals(List.of(), axeViolations(), "the phone's list with its filters open");
    }

    @Test
    void theSiteWorksFromAFileAsFromAnyServerPath() throws Exception {
        browser.open(site.resolve("index.html").toUri() + "?grade=G-5");
        assertEquals(List.of(PORT_VILA), visibleVacancies());
        assertTrue(browser.evaluate("getComputedStyle(document.body).fontFamily.includes('system-ui')").asBoolean(),
                "the stylesheet loads from a file");

        requests.clear();
        browser.open(root + COORDINATOR + ".html");
        browser.open(root + "index.html");
        assertTrue(requests.stream().allMatch(request -> request.endsWith(" 200")), requests.toString());
        assertTrue(requests.containsAll(List.of(SUB_PATH + "assets/style.css 200", SUB_PATH + "assets/site.js 200",
                SUB_PATH + "search-index.js 200")), requests.toString());
        JsonNode elsewhere = browser.evaluate("performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(name => !name.startsWith(location.origin + '" + SUB_PATH + "'))");
        assertEquals(0, elsewhere.size(), "no request leaves the site: " + elsewhere);
    }

    @Test
    void withoutJavaScriptTheWholeListStaysAndNothingBrokenShows() throws Exception {
        browser.scripts(false);
        browser.open(root + "index.html?location=VU");
        assertEquals(List.of(TRIPOLI_NO, PORT_VILA, COORDINATOR), visibleVacancies());
        assertTrue(browser.evaluate("document.getElementById('filters').offsetParent === null").asBoolean());
        browser.open(root + COORDINATOR + ".html");
        assertTrue(browser.evaluate("document.querySelector('[data-action=print]').offsetParent === null").asBoolean(),
                "buttons that need a script are not offered without one");
        assertTrue(browser.evaluate("document.querySelector('.apply a').offsetParent !== null").asBoolean());
    }

    @Test
    void aKeyboardUserSkipsToTheContentAndAlwaysSeesWhereTheFocusIs() throws Exception {
        browser.open(root + "index.html");
        browser.press("Tab", 9);
        assertEquals("skip-link", browser.evaluate("document.activeElement.className").asText());
        assertTrue(browser.evaluate("document.activeElement.getBoundingClientRect().left >= 0").asBoolean(),
                "the skip link shows when focused");
        browser.press("Enter", 13);
        assertEquals("#main", browser.evaluate("location.hash").asText());
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            browser.press("Tab", 9);
            JsonNode focus = browser.evaluate("(() => { const e = document.activeElement, s = getComputedStyle(e);"
                    + " return [e === document.body || e.className === 'skip-link', e.id || e.textContent.trim()"
                    + ".slice(0, 30), e.matches(':focus-visible') && s.outlineStyle !== 'none'"
                    + " && parseFloat(s.outlineWidth) >= 2]; })()");
            if (focus.get(0).asBoolean()) {
                break;
            }
            reached.add(focus.get(1).asText());
            assertTrue(focus.get(2).asBoolean(), "no visible focus on " + focus.get(1).asText());
        }
        assertTrue(reached.containsAll(List.of("f-q", "f-location", "Show vacancies", "National Protection Officer (A",
                "Vacancies as JSON, for job boa")), "every control and link is reached by Tab: " + reached);
    }

    @Test
    void aPhoneAt360PixelsNeedsNoSideScroll() throws Exception {
        browser.viewport(360, 740, true);
        for (String page : List.of("index.html?location=LY", "archive.html", COORDINATOR + ".html",
                "protection-officer-policy-capacity-development-libya-2025.html")) {
            browser.open(root + page);
            assertTrue(browser.evaluate("document.documentElement.scrollWidth <= 360").asBoolean(),
                    page + " is " + browser.evaluate("document.documentElement.scrollWidth").asInt() + " px wide");
        }
    }

    @Test
    void theArchiveIsByYearWithItsOwnSearch() throws Exception {
        String archive = root.replace(SUB_PATH, LANGUAGES_PATH) + "archive.html";
        browser.open(archive);
        JsonNode years = browser.evaluate("Array.from(document.querySelectorAll('.year > h2')).map(h => h.textContent)");
        assertEquals("[\"2023\",\"2018\"]", years.toString(), "closed vacancies by the year they closed, latest first");
        assertTrue(browser.evaluate("document.getElementById('archive-search').offsetParent !== null").asBoolean());
        set("a-q", "port vila");
        assertEquals(List.of(PORT_VILA), visibleArchived());
        assertTrue(browser.evaluate("document.querySelector('#y-2018').closest('section').hidden").asBoolean(),
                "a year with no match hides");
        assertEquals("?q=port+vila", browser.evaluate("location.search").asText());
        set("a-q", "nothing-matches-this");
        assertEquals("No closed vacancy matches this search.", text("#count"));
        assertEquals(List.of(), axeViolations());
        browser.open(archive + "?q=coordinator");
        assertEquals(List.of(COORDINATOR), visibleArchived(), "a shared address opens the same search");
    }

    /** A page of a paged archive: its count is of every page, its search of its own entries; its pager passes axe. */
    @Test
    void aPageOfTheArchiveSearchesItsOwnEntriesAndCountsEveryPage() throws Exception {
        String paged = root.replace(SUB_PATH, PAGED_PATH);
        browser.open(paged + "archive-2.html");
        assertEquals(List.of(COORDINATOR), visibleArchived());
        assertEquals("2 closed vacancies, most recently closed first. They no longer take applications.", text("#count"));
        set("a-q", "port vila");
        assertEquals(List.of(), visibleArchived());
        assertEquals("No closed vacancy matches this search.", text("#count"));
        set("a-q", "coordinator");
        assertEquals("1 of the 1 closed vacancy on this page match this search.", text("#count"));
        assertEquals(List.of(), axeViolations());
        browser.open(paged + browser.evaluate("document.querySelector('nav.pager a[rel=prev]').getAttribute('href')")
                .asText());
        assertEquals(List.of(PORT_VILA), visibleArchived(), "the pager leads to the first page");
        browser.viewport(360, 740, true);
        browser.open(paged + "archive-2.html");
        assertTrue(browser.evaluate("document.documentElement.scrollWidth <= 360").asBoolean());
    }

    private static List<String> visibleArchived() throws Exception {
        return texts(browser.evaluate("Array.from(document.querySelectorAll('.year .vacancies > li'))"
                + ".filter(li => li.offsetParent !== null).map(li => li.dataset.name)"));
    }

    /** In each fact of the notice's box, the value starts right under its label: none is pushed down or aside. */
    @Test
    void theFactsBoxKeepsEachValueUnderItsLabel() throws Exception {
        String languages = root.replace(SUB_PATH, LANGUAGES_PATH);
        for (String page : List.of(root + COORDINATOR + ".html", languages + TRIPOLI_NO + "-ar.html")) {
            for (int width : List.of(1280, 360)) {
                browser.viewport(width, 800, width < 400);
                browser.open(page);
                JsonNode misplaced = browser.evaluate("Array.from(document.querySelectorAll('.notice-header .facts div'))"
                        + ".map(d => [d.querySelector('dt').getBoundingClientRect(), d.querySelector('dd')"
                        + ".getBoundingClientRect(), d.querySelector('dt').textContent])"
                        + ".filter(([dt, dd]) => Math.abs(dd.top - dt.bottom) > 2"
                        + " || Math.abs((document.dir === 'rtl' ? dd.right - dt.right : dd.left - dt.left)) > 1)"
                        + ".map(f => f[2])");
                assertEquals(0, misplaced.size(), page + " at " + width + " px: " + misplaced);
            }
        }
    }

    @Test
    void aNoticeOffersPrintAndShare() throws Exception {
        browser.open(root + COORDINATOR + ".html");
        assertTrue(browser.evaluate("document.querySelector('[data-action=share]').offsetParent !== null").asBoolean());
        browser.evaluate("document.querySelector('[data-action=share]').click()");
        Thread.sleep(200);
        assertTrue(text(".share-status").contains("https://careers.example.org/" + COORDINATOR + ".html"),
                text(".share-status"));
        assertEquals("function", browser.evaluate("typeof window.print").asText());
    }

    @Test
    void screenshotsOfTheListAndANotice() throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        String crowded = root.replace(SUB_PATH, CROWDED_PATH);
        browser.viewport(1280, 800, false);
        browser.open(crowded + "index.html");
        Files.write(shots.resolve("index-desktop.png"), browser.screenshot(1280, 800, false));
        browser.viewport(360, 740, true);
        browser.open(crowded + "index.html");
        Files.write(shots.resolve("index-phone.png"), browser.screenshot(360, 740, true));
        browser.viewport(1280, 900, false);
        browser.open(crowded + COORDINATOR + ".html");
        Files.write(shots.resolve("notice-desktop.png"), browser.screenshot(1280, 1300, false));
        for (String shot : List.of("index-desktop.png", "index-phone.png", "notice-desktop.png")) {
            byte[] png = Files.readAllBytes(shots.resolve(shot));
            assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', shot);
        }
        assertFalse(browser.evaluate("document.title").asText().isEmpty());
    }
}
