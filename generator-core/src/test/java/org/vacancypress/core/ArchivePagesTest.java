package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The archive in pages, as a candidate browses it: every closed vacancy on exactly one page,
 * most recently closed first across the pages, a pager whose links all lead to pages that
 * exist, each page in the sitemap; in Arabic, right to left.
 */
class ArchivePagesTest {

    private static final URI BASE = URI.create("https://careers.example.org/");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int CLOSED = 120;

    @TempDir
    Path dir;

    /** {@code count} closed vacancies made from the real 2018 notice, notice-{i} closing on day i after 1 January 2020. */
    private Path closedNotices(int count) throws IOException {
        String notice = Fixtures.validNotice();
        Path folder = Fixtures.folderWith(dir, "notice-0", notice);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("notice-" + i + ".yaml"), notice
                    .replace("VN 2018/195 (P)", "VN 2020/" + i + " (P)")
                    .replace("closes: 2018-08-23", "closes: " + LocalDate.of(2020, 1, 1).plusDays(i)));
        }
        return folder;
    }

    private Path build(Path notices, String site, int pageSize) {
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve(site)).withToday(TODAY).withBaseUrl(BASE)
                .withArchivePageSize(pageSize)).html();
        assertTrue(result.succeeded(), () -> result.problems().toString());
        return dir.resolve(site);
    }

    private static List<String> pages(Path site) {
        List<String> pages = new ArrayList<>(List.of("archive.html"));
        for (int page = 2; Files.exists(site.resolve("archive-" + page + ".html")); page++) {
            pages.add("archive-" + page + ".html");
        }
        return pages;
    }

    @Test
    void everyClosedVacancyIsOnExactlyOnePageMostRecentlyClosedFirstAndThePagerLeadsToPagesThatExist()
            throws Exception {
        Path site = build(closedNotices(CLOSED), "site", 25);
        assertEquals(List.of("archive.html", "archive-2.html", "archive-3.html", "archive-4.html", "archive-5.html"),
                pages(site));

        List<String> listed = new ArrayList<>();
        for (String file : pages(site)) {
            Document page = Fixtures.page(site.resolve(file));
            List<String> names = page.select(".year .vacancies > li").eachAttr("data-name");
            assertEquals(file.equals("archive-5.html") ? 20 : 25, names.size(), file);
            listed.addAll(names);
            assertEquals("120 closed vacancies, most recently closed first. They no longer take applications.",
                    page.getElementById("count").text(), file + " counts every page's vacancies");
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (!href.startsWith("https:") && !href.startsWith("#") && !href.startsWith("mailto:")) {
                    assertTrue(Files.exists(site.resolve(href)), file + " links " + href);
                }
            }
        }
        List<String> newestFirst = IntStream.range(0, CLOSED).mapToObj(i -> "notice-" + (CLOSED - 1 - i)).toList();
        assertEquals(newestFirst, listed, "each closed vacancy once, most recently closed first");

        Document second = Fixtures.page(site.resolve("archive-2.html"));
        Element pager = second.selectFirst("nav.pager");
        assertEquals("Pages of the archive", pager.attr("aria-label"));
        assertEquals("Page 2 of 5", pager.selectFirst("p").text());
        assertEquals("archive.html", pager.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("archive-3.html", pager.selectFirst("a[rel=next]").attr("href"));
        assertEquals("2", pager.selectFirst("a[aria-current=page]").text());
        assertEquals(List.of("Previous page", "1", "2", "3", "4", "5", "Next page"), pager.select("a").eachText());
        assertEquals("https://careers.example.org/archive-2.html", second.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(second.title().endsWith("(Page 2 of 5)"), second.title());
        assertEquals("archive-2.html", second.getElementById("archive-search").attr("action"));
        assertEquals("Search this page of the archive", second.selectFirst("label[for=a-q]").text());

        Element first = Fixtures.page(site.resolve("archive.html")).selectFirst("nav.pager");
        assertEquals(null, first.selectFirst("a[rel=prev]"), "the first page has none before it");
        assertEquals(List.of("1", "2", "3", "5"), first.select("a:not([rel])").eachText(), "the first, near and last pages");
        assertEquals(1, first.select("li.gap").size());
        assertEquals(null, Fixtures.page(site.resolve("archive-5.html")).selectFirst("nav.pager a[rel=next]"));

        List<String> locations = sitemap(site);
        for (String file : pages(site)) {
            assertEquals(1, Collections.frequency(locations, BASE + file), file + " in the sitemap once");
        }
    }

    @Test
    void fewerClosedVacanciesThanAPageHaveOnePageWithoutPager() throws Exception {
        Path site = build(closedNotices(3), "site", 25);
        assertEquals(List.of("archive.html"), pages(site));
        Document archive = Fixtures.page(site.resolve("archive.html"));
        assertEquals(null, archive.selectFirst("nav.pager"));
        assertEquals("Search the archive", archive.selectFirst("label[for=a-q]").text());
        assertEquals("{count} closed vacancies, most recently closed first. They no longer take applications.",
                archive.getElementById("count").attr("data-all"), "the script counts what the page lists");
    }

    @Test
    void pagesNoLongerNeededAreRemovedWhenTheArchiveShrinks() throws Exception {
        Path notices = closedNotices(CLOSED);
        build(notices, "site", 25);
        Path site = build(notices, "site", 60);
        assertEquals(List.of("archive.html", "archive-2.html"), pages(site));
        assertFalse(Files.exists(site.resolve("archive-3.html")));
        assertEquals(2, sitemap(site).stream().filter(location -> location.contains("archive")).count());
    }

    @Test
    void theArabicArchivePagesRightToLeftInArabic() throws Exception {
        Path notices = Fixtures.exampleIn(dir, "ar");
        Path sample = notices.resolve("coordinateur-programme-nutrition-niamey-2025.yaml");
        String notice = Files.readString(sample, StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            Files.writeString(notices.resolve("coordinateur-" + i + ".yaml"), notice.replace("NER-2025-017", "NER-2025-1" + i)
                    .replace("closes: 2025-03-31", "closes: 2025-04-0" + (i + 1)), StandardCharsets.UTF_8);
        }
        Path site = build(notices, "arabic", 2);
        assertEquals(List.of("archive.html", "archive-2.html", "archive-3.html"), pages(site));
        Document page = Fixtures.page(site.resolve("archive-2.html"));
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        Element pager = page.selectFirst("nav.pager");
        assertEquals("صفحات الأرشيف", pager.attr("aria-label"));
        assertEquals("الصفحة 2 من 3", pager.selectFirst("p").text());
        assertEquals("الصفحة السابقة", pager.selectFirst("a[rel=prev]").text());
        assertEquals("الصفحة التالية", pager.selectFirst("a[rel=next]").text());
    }

    /** The addresses the sitemap lists, each as often as it lists it; the sitemap is well-formed XML. */
    private static List<String> sitemap(Path site) throws Exception {
        NodeList locations = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(site.resolve("sitemap.xml").toFile()).getElementsByTagName("loc");
        return IntStream.range(0, locations.getLength()).mapToObj(i -> locations.item(i).getTextContent()).toList();
    }
}
