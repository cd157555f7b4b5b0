package org.vacancypress.core.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.html.TemplateLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sitemap within the sitemaps.org protocol's limit of addresses a file (lowered here from
 * 50,000): one file up to it, past it an index at {@code sitemap.xml} of files each within it,
 * every address in exactly one, as the default templates write them.
 */
class SitemapTest {

    private static final String BASE = "https://careers.example.org/";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @TempDir
    Path dir;

    private static List<Sitemap.Address> addresses(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Sitemap.Address("notice-" + i + ".html",
                "2026-11-" + (10 + i % 20))).toList();
    }

    /** Writes the sitemap of {@code addresses} into {@code dir} with at most {@code max} addresses a file; returns the files. */
    private List<String> write(List<Sitemap.Address> addresses, int max) throws Exception {
        PageRenderer pages = new PageRenderer(Optional.empty(), TemplateLimits.DEFAULT);
        List<String> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Sitemap.write(pages, () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("site", SiteView.of(Optional.of(URI.create(BASE)), Optional.empty()));
            return model;
        }, BASE, addresses, max, (file, content) -> {
            files.add(file);
            try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                assertTrue(content.writeTo(out));
            }
        }, problems::add);
        assertEquals(List.of(), problems);
        return files;
    }

    private Document xml(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(dir.resolve(file).toFile());
    }

    private static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(NS, element);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    @Test
    void upToTheLimitTheSitemapIsOneFile() throws Exception {
        assertEquals(List.of("sitemap.xml"), write(addresses(5), 5));
        Document sitemap = xml("sitemap.xml");
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertEquals(IntStream.range(0, 5).mapToObj(i -> BASE + "notice-" + i + ".html").toList(), texts(sitemap, "loc"));
    }

    @Test
    void pastTheLimitTheSitemapIsAnIndexOfFilesEachWithinItEveryAddressOnce() throws Exception {
        List<String> files = write(addresses(12), 5);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), files);

        Document index = xml("sitemap.xml");
        Element root = index.getDocumentElement();
        assertEquals("sitemapindex", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml"), texts(index, "loc"));
        assertEquals(List.of("2026-11-14", "2026-11-19", "2026-11-21"), texts(index, "lastmod"),
                "each file's newest day");

        List<String> listed = new ArrayList<>();
        for (String part : files.subList(0, 3)) {
            Document sitemap = xml(part);
            assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
            List<String> locations = texts(sitemap, "loc");
            assertTrue(locations.size() <= 5, part + " within the limit");
            listed.addAll(locations);
        }
        assertEquals(IntStream.range(0, 12).mapToObj(i -> BASE + "notice-" + i + ".html").toList(), listed);
    }

    /** The files are valid against the protocol's structure: namespaced, a loc and a lastmod in each entry. */
    @Test
    void everyEntryHasItsAddressAndDay() throws Exception {
        write(addresses(7), 3);
        for (String file : List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml")) {
            Document sitemap = xml(file);
            NodeList urls = sitemap.getElementsByTagNameNS(NS, "url");
            for (int i = 0; i < urls.getLength(); i++) {
                Element url = (Element) urls.item(i);
                assertEquals(1, url.getElementsByTagNameNS(NS, "loc").getLength());
                assertTrue(url.getElementsByTagNameNS(NS, "lastmod").item(0).getTextContent().matches("\\d{4}-\\d{2}-\\d{2}"));
            }
        }
    }
}
