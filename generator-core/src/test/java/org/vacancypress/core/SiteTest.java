package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The careers site as candidates and aggregators read it: lists, archive, structured data, feeds. */
class SiteTest {

    private static final URI BASE = URI.create("https://careers.example.org/jobs/");
    private static final String COORDINATOR = "protection-coordinator-tripoli-2018";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path build(BuildRequest request) {
        BuildResult result = new Generator(request).build();
        assertTrue(result.succeeded(), () -> result.problems().toString());
        return request.outputDirectory();
    }

    private Path buildSite() {
        return build(Fixtures.request(Fixtures.siteFolder(dir), dir.resolve("site")).withToday(Fixtures.SITE_DAY)
                .withBaseUrl(BASE));
    }

    /** The real notices on {@code day}, the 2018 notice closing on 23 August 2018. */
    private Path buildRealNotices(LocalDate day) {
        return build(Fixtures.request(Fixtures.NOTICES, dir.resolve("site-" + day)).withToday(day).withBaseUrl(BASE));
    }

    private static List<String> listed(Document page) {
        return page.select(".vacancies > li").eachAttr("data-name");
    }

    @Test
    void theIndexListsTheOpenNoticesSoonestClosingFirstWithTheirFacts() {
        Document index = Fixtures.page(buildSite().resolve("index.html"));
        assertEquals(List.of("national-protection-officer-avm-tripoli-2025", "programme-assistant-ctip-port-vila-2023",
                COORDINATOR), listed(index));
        assertEquals("3 open vacancies, soonest closing first.", index.getElementById("count").text());
        Element coordinator = index.selectFirst("li[data-name=" + COORDINATOR + "]");
        assertEquals("Protection Coordinator", coordinator.selectFirst("h2 a").text());
        assertEquals(COORDINATOR + ".html", coordinator.selectFirst("h2 a").attr("href"));
        assertEquals(List.of("Duty station", "Grade", "Closing date"), coordinator.select("dt").eachText());
        assertEquals(List.of("Tripoli, Libya", "P-3", "4 December 2026 7 days left"),
                coordinator.select("dd").eachText());
        assertEquals("Last day", Fixtures.page(build(Fixtures.request(dir.resolve("notices"), dir.resolve("last-day"))
                .withToday(LocalDate.of(2026, 12, 4))).resolve("index.html")).selectFirst(".days-left").text());
        assertEquals("2 closed vacancies in the archive", index.selectFirst(".archive-link a").text());
    }

    @Test
    void closingSoonMarksTheNoticesClosingWithinTheConfiguredDays() {
        Path site = buildSite();
        Document index = Fixtures.page(site.resolve("index.html"));
        assertEquals(List.of("national-protection-officer-avm-tripoli-2025", "programme-assistant-ctip-port-vila-2023"),
                index.select("li:has(.days-left.closing-soon)").eachAttr("data-name"));

        Path longer = build(Fixtures.request(dir.resolve("notices"), dir.resolve("longer"))
                .withToday(Fixtures.SITE_DAY).withClosingSoonDays(8));
        assertEquals(3, Fixtures.page(longer.resolve("index.html")).select(".closing-soon").size());
        Path none = build(Fixtures.request(dir.resolve("notices"), dir.resolve("none"))
                .withToday(Fixtures.SITE_DAY).withClosingSoonDays(0));
        assertEquals(0, Fixtures.page(none.resolve("index.html")).select(".closing-soon").size());
    }

    @Test
    void theFiltersOfferTheValuesOfTheOpenNotices() {
        Document index = Fixtures.page(buildSite().resolve("index.html"));
        Element form = index.getElementById("filters");
        assertTrue(form.hasAttr("hidden"), "without JavaScript the form is hidden and the full list stays");
        assertEquals("get", form.attr("method"));
        assertEquals(List.of("", "LY", "LY:Tripoli", "VU", "VU:Port Vila"),
                form.select("select[name=location] option").eachAttr("value"));
        assertEquals(List.of("", "G-5", "NO-A", "P-3"), form.select("select[name=grade] option").eachAttr("value"));
        assertEquals(List.of("Any", "General Service", "International Professional", "National Officer"),
                form.select("select[name=category] option").eachText());
        assertEquals(List.of("", "fixed-term", "special-short-term"),
                form.select("select[name=contract] option").eachAttr("value"));
        for (Element control : form.select("input, select")) {
            assertEquals(1, index.select("label[for=" + control.id() + "]").size(), control.id() + " has a label");
        }
    }

    @Test
    void theSearchIndexHoldsEachOpenNoticesOwnWordsAccentsFolded() throws IOException {
        Path site = buildSite();
        String script = Files.readString(site.resolve("search-index.js"));
        assertTrue(script.startsWith("window.vacancySearch={"), script);
        JsonNode index = JSON.readTree(script.substring("window.vacancySearch=".length(), script.length() - 2));
        assertEquals(List.of("national-protection-officer-avm-tripoli-2025", "programme-assistant-ctip-port-vila-2023",
                COORDINATOR), fieldNames(index));
        List<String> words = List.of(index.get("programme-assistant-ctip-port-vila-2023").asText().split(" "));
        assertTrue(words.containsAll(List.of("vanuatu", "port", "vila", "trafficking", "ctip")), words.toString());
        assertFalse(words.contains("fraudulent"), "the shared boilerplate is not searched");
        assertTrue(words.size() == Set.copyOf(words).size(), "each word once");
    }

    @Test
    void aNoticeMovesBetweenTheOpenListAndTheArchiveOnItsClosingDay() throws Exception {
        Path open = buildRealNotices(LocalDate.of(2018, 8, 23));
        assertEquals(List.of(COORDINATOR), listed(Fixtures.page(open.resolve("index.html"))));
        assertEquals(List.of(), listed(Fixtures.page(open.resolve("archive.html"))));
        Document openPage = Fixtures.page(open.resolve(COORDINATOR + ".html"));
        assertEquals(1, openPage.select("script[type=application/ld+json]").size());
        assertTrue(openPage.select(".status-closed").isEmpty());
        assertEquals("Apply by 23 August 2018 for Protection Coordinator, reference VN 2018/195 (P)",
                openPage.selectFirst(".apply a").text());
        assertEquals(List.of(BASE + COORDINATOR + ".html"), feedEntries(open));
        assertTrue(sitemap(open).contains(BASE + COORDINATOR + ".html"));
        assertEquals("open", job(open, "VN 2018/195 (P)").get("status").asText());

        Path closed = buildRealNotices(LocalDate.of(2018, 8, 24));
        assertEquals(List.of(), listed(Fixtures.page(closed.resolve("index.html"))));
        assertEquals("There are no open vacancies at the moment.",
                Fixtures.page(closed.resolve("index.html")).getElementById("count").text());
        assertEquals(List.of(COORDINATOR), listed(Fixtures.page(closed.resolve("archive.html"))));
        Document closedPage = Fixtures.page(closed.resolve(COORDINATOR + ".html"));
        assertEquals("This vacancy is closed. Applications closed on 23 August 2018. The notice is kept for reference.",
                closedPage.selectFirst(".status-closed").text());
        assertTrue(closedPage.select("script[type=application/ld+json]").isEmpty());
        assertTrue(closedPage.select(".apply, #how-to-apply").isEmpty(), "no apply link once closed");
        assertTrue(closedPage.select("a[href^=https://recruit.iom.int]").isEmpty());
        assertEquals(List.of(), feedEntries(closed));
        assertFalse(sitemap(closed).contains(COORDINATOR));
        assertTrue(sitemap(closed).contains(BASE + "archive.html"));
        assertEquals("closed", job(closed, "VN 2018/195 (P)").get("status").asText());
        assertFalse(job(closed, "VN 2018/195 (P)").has("applyUrl"));
    }

    @Test
    void aNoticeIsPublishedFromItsOpeningDayOnUnlessDraftsAreAsked() {
        Path before = buildRealNotices(LocalDate.of(2018, 8, 9));
        assertFalse(Files.exists(before.resolve(COORDINATOR + ".html")));
        Path preview = build(Fixtures.request(Fixtures.NOTICES, dir.resolve("preview"))
                .withToday(LocalDate.of(2018, 8, 9)).withDrafts(true));
        assertTrue(Files.exists(preview.resolve(COORDINATOR + ".html")));
        Path opening = buildRealNotices(LocalDate.of(2018, 8, 10));
        assertEquals(List.of(COORDINATOR), listed(Fixtures.page(opening.resolve("index.html"))));
    }

    @Test
    void anOpenNoticeCarriesItsJobPosting() throws IOException {
        Document page = Fixtures.page(buildSite().resolve(COORDINATOR + ".html"));
        JsonNode posting = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://schema.org/", posting.get("@context").asText());
        assertEquals("JobPosting", posting.get("@type").asText());
        assertEquals("2026-12-04T23:59:00+01:00", posting.get("validThrough").asText(), "23:59 Geneva time, in winter");
        assertFalse(posting.has("baseSalary"), "no salary stated, none given");
        assertFalse(posting.has("applicantLocationRequirements"), "eligibility is not a location requirement");
        assertTrue(posting.get("directApply").isBoolean(), "job boards read a missing directApply as unknown");
        assertFalse(posting.get("directApply").asBoolean(), "candidates apply through the application system, not here");

        Document description = org.jsoup.Jsoup.parse(posting.get("description").asText());
        String text = description.text();
        assertTrue(text.contains("Protection Coordinator"), "the title");
        assertTrue(text.contains("It is believed that there are nearly 1,000,000 migrants in Libya"), "the context");
        assertTrue(text.contains("does not charge a fee at any stage of its recruitment process"), "the anti-fraud statement");
        assertTrue(text.contains("Cabo Verde"), "the member states list");
        Element article = page.selectFirst("article.notice");
        article.select(".notice-actions, .toc").remove();
        assertEquals(article.text(), description.selectFirst("article.notice").text(), "the whole notice");
    }

    /**
     * What Google's job posting guidance lists as required (title, description, datePosted,
     * hiringOrganization, jobLocation) and recommended (validThrough, employmentType,
     * identifier, baseSalary, directApply), from an open notice with a salary and a site with a logo.
     */
    @Test
    void aJobPostingWithASalaryHasEveryFieldJobBoardsRequireOrRecommend() throws IOException {
        Path notices = Fixtures.folderWith(dir, COORDINATOR, Fixtures.validNotice().replace("\nposting:\n",
                "\nsalary:\n  currency: USD\n  minimum: 80000\n  maximum: 95000\n  period: year\nposting:\n"));
        Files.write(notices.resolve("_data/logo.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Path site = build(Fixtures.request(notices, dir.resolve("site")).withToday(LocalDate.of(2018, 8, 20))
                .withBaseUrl(BASE));
        Document page = Fixtures.page(site.resolve(COORDINATOR + ".html"));
        JsonNode posting = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Protection Coordinator", posting.get("title").asText());
        assertTrue(posting.get("description").asText().contains("nearly 1,000,000 migrants in Libya"));
        assertEquals("2018-08-10", posting.get("datePosted").asText());
        assertEquals("2018-08-23T23:59:00+02:00", posting.get("validThrough").asText());
        assertEquals("[\"FULL_TIME\"]", posting.get("employmentType").toString());
        assertEquals("Organization", posting.at("/hiringOrganization/@type").asText());
        assertEquals("International Organization for Migration", posting.at("/hiringOrganization/name").asText());
        assertEquals("https://www.iom.int", posting.at("/hiringOrganization/sameAs").asText());
        assertEquals(BASE + "assets/logo.png", posting.at("/hiringOrganization/logo").asText());
        assertEquals("PostalAddress", posting.at("/jobLocation/address/@type").asText());
        assertEquals("Tripoli", posting.at("/jobLocation/address/addressLocality").asText());
        assertEquals("LY", posting.at("/jobLocation/address/addressCountry").asText());
        assertEquals("VN 2018/195 (P)", posting.at("/identifier/value").asText());
        assertEquals("International Organization for Migration", posting.at("/identifier/name").asText());
        assertEquals("MonetaryAmount", posting.at("/baseSalary/@type").asText());
        assertEquals("USD", posting.at("/baseSalary/currency").asText());
        assertEquals("QuantitativeValue", posting.at("/baseSalary/value/@type").asText());
        assertEquals(80000, posting.at("/baseSalary/value/minValue").asInt());
        assertEquals(95000, posting.at("/baseSalary/value/maxValue").asInt());
        assertEquals("YEAR", posting.at("/baseSalary/value/unitText").asText());
        assertTrue(posting.get("directApply").isBoolean());
        assertEquals(BASE + COORDINATOR + ".html", posting.get("url").asText());

        assertEquals("USD 80,000–95,000 a year", page.select(".facts div:has(dt:contains(Salary)) dd").text(),
                "the page shows it in the notice's facts, under IOM's own word for it");
        Files.writeString(notices.resolve("_organization.yaml"), Files.readString(notices.resolve("_organization.yaml"))
                .replace("    salary: Salary\n", ""));
        Path plain = build(Fixtures.request(notices, dir.resolve("plain")).withToday(LocalDate.of(2018, 8, 20)));
        assertEquals("Remuneration", Fixtures.page(plain.resolve(COORDINATOR + ".html"))
                .select(".facts dt:matchesOwn(^(Remuneration|Salary)$)").text(),
                "without it, the default word, true of a salary, a consultant's fee and an intern's stipend alike");
        JsonNode salary = job(site, "VN 2018/195 (P)").get("salary");
        assertEquals("{\"currency\":\"USD\",\"minimum\":80000,\"maximum\":95000,\"period\":\"year\"}",
                salary.toString());

        Path fee = Fixtures.folderWith(dir.resolve("fee"), COORDINATOR, Fixtures.validNotice().replace("\nposting:\n",
                "\nsalary:\n  currency: usd\n  minimum: 500\n  period: fortnight\nposting:\n"));
        BuildResult wrong = new Generator(Fixtures.request(fee, dir.resolve("fee-site")).withToday(LocalDate.of(2018, 8, 20)))
                .html();
        assertFalse(wrong.succeeded());
        assertEquals(2, wrong.problems().stream().filter(problem -> problem.toString().contains("salary.")).count(),
                wrong.problems().toString());
    }

    @Test
    void aNoticeWithoutASalaryShowsTheOrganizationsScaleThatFitsItsGradeAndDutyStationBest() throws IOException {
        Path notices = Fixtures.folderWith(dir, COORDINATOR, Fixtures.validNotice());
        String scales = """
                versions:
                  - inForceFrom: 2018-01-01
                    scales:
                      - grade: P-3
                        currency: USD
                        minimum: 70000
                        maximum: 90000
                        period: year
                      - grade: P-3
                        dutyStation: {country: LY, city: Tripoli}
                        currency: USD
                        minimum: 75000
                        maximum: 98000
                        period: year
                      - grade: P-3
                        dutyStation: {country: BD}
                        currency: USD
                        minimum: 60000
                        period: year
                """;
        Files.writeString(notices.resolve("_data/salary-scales.yaml"), scales);
        Path site = build(Fixtures.request(notices, dir.resolve("site")).withToday(LocalDate.of(2018, 8, 20))
                .withBaseUrl(BASE));
        Document page = Fixtures.page(site.resolve(COORDINATOR + ".html"));
        assertEquals("USD 75,000–98,000 a year", page.select(".facts div:has(dt:contains(Salary)) dd").text(),
                "Tripoli's scale, before Libya's or any station's");
        JsonNode posting = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals(75000, posting.at("/baseSalary/value/minValue").asInt());

        Files.writeString(notices.resolve("_data/salary-scales.yaml"), scales.replaceFirst("period: year", "period: yearly"));
        BuildResult wrong = new Generator(Fixtures.request(notices, dir.resolve("wrong")).withToday(LocalDate.of(2018, 8, 20)))
                .html();
        assertFalse(wrong.succeeded());
        assertTrue(wrong.problems().stream().anyMatch(problem -> problem.toString().contains("salary-scales.yaml:8:")
                && problem.toString().contains("period")), wrong.problems().toString());
    }

    @Test
    void aNoticeWithItsOwnApplicationFormIsAppliedToDirectly() throws IOException {
        Path notices = Fixtures.folderWith(dir, "direct", Fixtures.validNotice()
                .replace("reference: VN 2018/195 (P)", "reference: VN 2018/196 (P)")
                .replaceFirst("(?m)^title:", "applyUrl: https://careers.example.org/apply/196\ntitle:"));
        Path site = build(Fixtures.request(notices, dir.resolve("site")).withToday(LocalDate.of(2018, 8, 20)));
        Document page = Fixtures.page(site.resolve("direct.html"));
        assertEquals("https://careers.example.org/apply/196", page.selectFirst(".apply a").attr("href"));
        JsonNode posting = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertTrue(posting.get("directApply").asBoolean());
        assertEquals("direct.html", posting.get("url").asText(), "relative without the site's address");
    }

    @Test
    void aNoticePageOffersApplyDownloadPrintShareAndItsDates() {
        Path notices = Fixtures.folderWith(dir, COORDINATOR, Fixtures.validNotice()
                .replace("  closes: 2018-08-23", "  closes: 2018-08-23\n  updated: 2018-08-14"));
        Path site = build(Fixtures.request(notices, dir.resolve("site")).withToday(LocalDate.of(2018, 8, 20))
                .withBaseUrl(BASE));
        Document page = Fixtures.page(site.resolve(COORDINATOR + ".html"));
        Element actions = page.selectFirst(".notice-actions");
        assertEquals("https://recruit.iom.int/sap/bc/ui5_ui5/sap/ZHCMX_ERC_CSS/index.html",
                actions.selectFirst(".apply a").attr("href"));
        Element pdf = actions.selectFirst("a[type=application/pdf]");
        assertEquals(COORDINATOR + ".pdf", pdf.attr("href"));
        assertTrue(Files.isRegularFile(site.resolve(pdf.attr("href"))));
        assertEquals("Print this notice", actions.selectFirst("[data-action=print]").text());
        assertEquals(BASE + COORDINATOR + ".html", actions.selectFirst("[data-action=share]").attr("data-url"));
        assertEquals("Posted 10 August 2018 · Last updated 14 August 2018", actions.selectFirst(".dates").text());
        assertEquals("2018-08-14", actions.select(".dates time").last().attr("datetime"));
        assertEquals("10 August 2018 to 23 August 2018",
                page.select(".facts div:has(dt:contains(Posting period)) dd").text());
        assertTrue(page.selectFirst("header.notice-header").nextElementSibling().is("aside.notice-actions"),
                "the actions follow the notice's title and facts");

        List<String> sections = page.select("article.notice h2[id]:not(#toc-heading)").eachAttr("id");
        assertEquals(sections.stream().map(id -> "#" + id).toList(), page.select("nav.toc a").eachAttr("href"),
                "the contents link every section of the notice, in order");
        assertEquals("Context", page.selectFirst("nav.toc a[href=#context]").text());
        Element last = page.select(".apply a").last();
        assertEquals(2, page.select(".apply a").size());
        assertTrue(last.parents().stream().noneMatch(parent -> parent.is("article, aside")), "apply again after the notice");
        assertEquals(actions.selectFirst(".apply a").outerHtml(), last.outerHtml());

        Path closed = build(Fixtures.request(notices, dir.resolve("closed")).withToday(LocalDate.of(2018, 8, 24)));
        assertEquals(0, Fixtures.page(closed.resolve(COORDINATOR + ".html")).select(".apply").size(),
                "no apply on a closed notice, at the top or the end");
    }

    @Test
    void theFeedListsTheOpenNoticesAsAtom() throws Exception {
        Path site = buildSite();
        org.w3c.dom.Document feed = xml(site.resolve("feed.xml"));
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        assertEquals(BASE + "feed.xml", feed.getElementsByTagNameNS("*", "id").item(0).getTextContent());
        assertEquals(3, feed.getElementsByTagNameNS("*", "entry").getLength());
        assertEquals("2026-11-13T00:00:00Z", feed.getElementsByTagNameNS("*", "updated").item(0).getTextContent(),
                "the feed changed last when a notice closed and left it");
        String xml = Files.readString(site.resolve("feed.xml"));
        assertTrue(xml.contains("<link rel=\"enclosure\" type=\"application/pdf\" href=\"" + BASE + COORDINATOR + ".pdf\"/>"));
        Document index = Fixtures.page(site.resolve("index.html"));
        assertEquals("feed.xml", index.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
    }

    @Test
    void aCharacterXmlForbidsDoesNotBreakTheFeed() throws Exception {
        Path notices = Fixtures.folderWith(dir, COORDINATOR, Fixtures.validNotice()
                .replace("\ntitle: Protection Coordinator\n", "\ntitle: \"Protection\\a Coordinator\\uFFFE\"\n"));
        // Pages only: the PDF refuses the character in its XMP metadata, an error on the notice.
        BuildRequest request = Fixtures.request(notices, dir.resolve("site")).withToday(LocalDate.of(2018, 8, 20))
                .withBaseUrl(BASE);
        assertTrue(new Generator(request).html().succeeded());
        Path site = request.outputDirectory();
        assertEquals(1, xml(site.resolve("feed.xml")).getElementsByTagNameNS("*", "entry").getLength());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("<title>Protection Coordinator (P-3)"));
    }

    @Test
    void theSitemapListsTheListsAndTheOpenNoticesWithTheirLastChange() throws Exception {
        Path site = buildSite();
        org.w3c.dom.Document sitemap = xml(site.resolve("sitemap.xml"));
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            locations.add(url.getElementsByTagNameNS("*", "loc").item(0).getTextContent());
        }
        assertEquals(List.of(BASE + "index.html", BASE + "archive.html",
                BASE + "national-protection-officer-avm-tripoli-2025.html",
                BASE + "programme-assistant-ctip-port-vila-2023.html", BASE + COORDINATOR + ".html"), locations);
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains(
                "<loc>" + BASE + COORDINATOR + ".html</loc><lastmod>2018-08-10</lastmod>"));
        List<String> lastmods = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            lastmods.add(((org.w3c.dom.Element) urls.item(i)).getElementsByTagNameNS("*", "lastmod").item(0).getTextContent());
        }
        String feedUpdated = xml(site.resolve("feed.xml")).getElementsByTagNameNS("*", "updated").item(0).getTextContent();
        assertEquals(feedUpdated.substring(0, 10), lastmods.get(0), "the list changed when the feed did");
        assertEquals("2026-11-13", lastmods.get(1), "the archive changed when its latest notice closed");
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n",
                Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void jobsJsonListsEveryPublishedNoticeForJobBoards() throws IOException {
        Path site = buildSite();
        JsonNode jobs = JSON.readTree(site.resolve("jobs.json").toFile());
        assertEquals(5, jobs.get("jobs").size());
        JsonNode vila = job(site, "SVN 2023/041 (GS)");
        assertEquals("open", vila.get("status").asText());
        assertEquals("VU", vila.get("country").asText());
        assertEquals("VUT", vila.get("countryIso3").asText(), "ReliefWeb's country code");
        assertEquals("Port Vila", vila.get("city").asText());
        assertEquals("G-5", vila.get("grade").asText());
        assertEquals("general-service", vila.get("staffCategory").asText());
        assertEquals("2026-12-02", vila.get("closes").asText());
        assertEquals(BASE + "programme-assistant-ctip-port-vila-2023.html", vila.get("url").asText());
        assertEquals(BASE + "programme-assistant-ctip-port-vila-2023.pdf", vila.get("pdfUrl").asText());
        assertEquals("closed", job(site, "VN 2025/112 (P)").get("status").asText());

        assertEquals(1, jobs.get("version").asInt());
        assertEquals(BASE + "schema/jobs.schema.json", jobs.get("$schema").asText());
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
                .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(site.resolve("schema/jobs.schema.json")));
        assertEquals(Set.of(), schema.validate(jobs), "jobs.json follows the schema published with it");
        ((com.fasterxml.jackson.databind.node.ObjectNode) jobs.get("jobs").get(0)).put("salary", "much");
        assertFalse(schema.validate(jobs).isEmpty(), "the schema names every field");
    }

    @Test
    void aSharedLinkPreviewsTheNoticeAndTheOrganizationsLogoIsTheSitesIcon() throws IOException {
        Path site = buildSite();
        Document page = Fixtures.page(site.resolve(COORDINATOR + ".html"));
        assertEquals("Protection Coordinator (P-3), Tripoli – IOM", page.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("Protection Coordinator, P-3, Tripoli, Libya. VN 2018/195 (P). Apply by 4 December 2026.",
                page.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals(page.selectFirst("meta[name=description]").attr("content"),
                page.selectFirst("meta[name=twitter:description]").attr("content"));
        assertEquals(BASE + COORDINATOR + ".html", page.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertTrue(page.select("link[rel=icon], img.logo, meta[property=og:image]").isEmpty(), "no logo, none shown");

        Path notices = dir.resolve("notices");
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        Files.write(notices.resolve("_data/logo.png"), png);
        Path withLogo = build(Fixtures.request(notices, dir.resolve("with-logo")).withToday(Fixtures.SITE_DAY)
                .withBaseUrl(BASE));
        assertTrue(java.util.Arrays.equals(png, Files.readAllBytes(withLogo.resolve("assets/logo.png"))));
        for (String name : List.of("index.html", "archive.html", COORDINATOR + ".html")) {
            Document shown = Fixtures.page(withLogo.resolve(name));
            assertEquals("assets/logo.png", shown.selectFirst("link[rel=icon]").attr("href"), name);
            assertEquals("assets/logo.png", shown.selectFirst(".site-name img.logo").attr("src"), name);
            assertEquals(BASE + "assets/logo.png", shown.selectFirst("meta[property=og:image]").attr("content"), name);
        }
        JsonNode posting = JSON.readTree(Fixtures.page(withLogo.resolve(COORDINATOR + ".html"))
                .selectFirst("script[type=application/ld+json]").data());
        assertEquals(BASE + "assets/logo.png", posting.at("/hiringOrganization/logo").asText(), "job boards show the logo");
    }

    @Test
    void aMissingAddressGetsAPageLeadingBackToTheVacancies() throws IOException {
        Document page = Fixtures.page(buildSite().resolve("404.html"));
        assertEquals(BASE.toString(), page.selectFirst("base").attr("href"), "its links work at any depth of the site");
        assertEquals("Page not found", page.selectFirst("h1").text());
        assertEquals(List.of("index.html", "archive.html", "https://www.iom.int/careers"), page.select("main a").eachAttr("href"));
        Path local = build(Fixtures.request(dir.resolve("notices"), dir.resolve("local")).withToday(Fixtures.SITE_DAY));
        assertTrue(Fixtures.page(local.resolve("404.html")).select("base").isEmpty(), "relative, as every page, without an address");
    }

    @Test
    void feedsByCountryAndStaffCategorySpeakEachNoticesLanguageAndTheFiltersLinkThem() throws Exception {
        Path site = build(Fixtures.request(Fixtures.crowdedFolder(dir), dir.resolve("site")).withToday(Fixtures.SITE_DAY)
                .withBaseUrl(BASE));
        assertEquals(List.of("BD.xml", "LY.xml", "TN.xml", "VU.xml", "general-service.xml",
                "international-professional.xml", "national-officer.xml"),
                Files.list(site.resolve("feeds")).map(f -> f.getFileName().toString()).sorted().toList());
        org.w3c.dom.Document vanuatu = xml(site.resolve("feeds/VU.xml"));
        assertEquals(BASE + "feeds/VU.xml", vanuatu.getElementsByTagNameNS("*", "id").item(0).getTextContent());
        assertTrue(vanuatu.getElementsByTagNameNS("*", "title").item(0).getTextContent().endsWith(" – Vanuatu"));
        NodeList entries = vanuatu.getElementsByTagNameNS("*", "entry");
        assertEquals(2, entries.getLength(), "the Port Vila vacancy, in English and French");
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            String summary = entry.getElementsByTagNameNS("*", "summary").item(0).getTextContent();
            assertTrue(entry.getAttribute("xml:lang").equals("fr") ? summary.contains("Date de clôture : ")
                    && summary.contains("Genève") && summary.contains("décembre") : summary.contains("Closing date: "), summary);
        }
        String arabic = Files.readString(site.resolve("feeds/national-officer.xml"));
        assertTrue(arabic.contains("(NO-A)، طرابلس، ليبيا") && arabic.contains("تاريخ الإغلاق"),
                "the Arabic entry in Arabic, with its own separators");
        Document index = Fixtures.page(site.resolve("index.html"));
        assertEquals(List.of("feed.xml", "feeds/BD.xml", "feeds/LY.xml", "feeds/TN.xml", "feeds/VU.xml",
                "feeds/general-service.xml", "feeds/international-professional.xml", "feeds/national-officer.xml"),
                index.select("#filters .feeds a").eachAttr("href"));
        assertEquals("Libya", index.selectFirst("#filters .feeds a[href=feeds/LY.xml]").text());
    }

    @Test
    void everyPageHasItsCanonicalAddressOnlyWhenTheSiteAddressIsKnown() throws IOException {
        Path site = buildSite();
        for (String page : List.of("index.html", "archive.html", COORDINATOR + ".html")) {
            assertEquals(BASE + page, Fixtures.page(site.resolve(page)).selectFirst("link[rel=canonical]").attr("href"));
        }
        Path local = build(Fixtures.request(dir.resolve("notices"), dir.resolve("local")).withToday(Fixtures.SITE_DAY));
        assertTrue(Fixtures.page(local.resolve("index.html")).select("link[rel=canonical]").isEmpty());
        assertFalse(Files.exists(local.resolve("feed.xml")));
        assertFalse(Files.exists(local.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(local.resolve("robots.txt")));
        assertEquals("programme-assistant-ctip-port-vila-2023.html", job(local, "SVN 2023/041 (GS)").get("url").asText());
    }

    @Test
    void pagesAreLightLoadNothingFromElsewhereAndLinkRelatively() throws IOException {
        Path site = buildSite();
        long shared = Files.size(site.resolve("assets/style.css")) + Files.size(site.resolve("assets/site.js"));
        List<Path> pages;
        try (Stream<Path> files = Files.list(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertEquals(8, pages.size(), "the list, the archive, the 404 page and five notices");
        for (Path file : pages) {
            Document page = Fixtures.page(file);
            long weight = Files.size(file) + shared
                    + (page.select("script[src=search-index.js]").isEmpty() ? 0 : Files.size(site.resolve("search-index.js")));
            assertTrue(weight < 60 * 1024, file.getFileName() + " with its CSS and JS weighs " + weight + " bytes");
            for (Element resource : page.select("script[src], link[href]:not([rel=canonical]), img, iframe, object, embed")) {
                String address = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                assertFalse(address.isEmpty() || address.contains(":") || address.startsWith("/"),
                        file.getFileName() + " loads " + address + " from elsewhere or from the server's root");
                assertTrue(Files.exists(site.resolve(address)), file.getFileName() + " loads a missing " + address);
            }
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                assertFalse(href.startsWith("/"), file.getFileName() + " links from the server's root: " + href);
                if (!href.contains(":") && !href.startsWith("#")) {
                    assertTrue(Files.exists(site.resolve(href.replaceFirst("[?#].*", ""))),
                            file.getFileName() + " links to a missing " + href);
                }
            }
        }
    }

    @Test
    void theSameNoticesGiveTheSameSiteFiles() throws IOException {
        Path notices = Fixtures.siteFolder(dir);
        Path first = build(Fixtures.request(notices, dir.resolve("first")).withToday(Fixtures.SITE_DAY).withBaseUrl(BASE));
        Path second = build(Fixtures.request(notices, dir.resolve("second")).withToday(Fixtures.SITE_DAY)
                .withBaseUrl(BASE).withThreads(1));
        for (String file : List.of("index.html", "archive.html", "feed.xml", "sitemap.xml", "jobs.json",
                "search-index.js", COORDINATOR + ".html")) {
            assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)), file);
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode job(Path site, String reference) throws IOException {
        for (JsonNode job : JSON.readTree(site.resolve("jobs.json").toFile()).get("jobs")) {
            if (job.get("reference").asText().equals(reference)) {
                return job;
            }
        }
        throw new AssertionError("no job " + reference + " in jobs.json");
    }

    private static List<String> feedEntries(Path site) throws Exception {
        NodeList entries = xml(site.resolve("feed.xml")).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS("*", "id").item(0).getTextContent());
        }
        return ids;
    }

    private static String sitemap(Path site) throws IOException {
        return Files.readString(site.resolve("sitemap.xml"));
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
