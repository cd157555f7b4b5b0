package org.vacancypress.core.render.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.render.html.PageRenderer;

/**
 * The sitemap, {@value SiteFiles#SITEMAP}: the site's addresses, each with the day it last
 * changed. The sitemaps.org protocol takes at most 50,000 addresses and 50 MB a file: past
 * either, {@value SiteFiles#SITEMAP} becomes an index of {@code sitemap-1.xml},
 * {@code sitemap-2.xml}… each within both, so that robots.txt still names one sitemap.
 */
public final class Sitemap {

    /** The protocol's most addresses a sitemap file may list. */
    static final int MAX_ADDRESSES = 50_000;
    /** The protocol's most bytes a sitemap file may hold (50 MiB), less room for its head. */
    static final long MAX_BYTES = 50L * 1024 * 1024 - 1024;
    /** The bytes an address takes in a sitemap besides its page and day: {@code <url><loc>…}. */
    private static final int BYTES_AROUND_AN_ADDRESS = 64;

    /** One address of the site, relative to its base address, and the day its page last changed. */
    public record Address(String page, String lastmod) {
    }

    /** One file of the sitemap index and the last day any of its addresses changed. */
    public record Part(String file, String lastmod) {
    }

    private Sitemap() {
    }

    /**
     * The site's addresses: the list, the archive's pages when a notice has closed (each page
     * changes when one does: the pages after it shift), the open notices' pages.
     */
    static List<Address> addresses(String listUpdated, Optional<String> archiveUpdated, int archivePages,
            List<PublishedNotice> open) {
        List<Address> addresses = new ArrayList<>();
        addresses.add(new Address(SiteFiles.INDEX, listUpdated));
        archiveUpdated.ifPresent(updated -> IntStream.rangeClosed(1, archivePages)
                .forEach(number -> addresses.add(new Address(Archive.page(number), updated))));
        open.forEach(notice -> addresses.add(new Address(notice.facts().page(), notice.facts().updatedIso())));
        return addresses;
    }

    /** The sitemap's {@code n}th file, from 1, when it is an index. */
    static String part(int n) {
        return "sitemap-" + n + ".xml";
    }

    /**
     * Writes the sitemap of {@code addresses}: one file within {@code maxAddresses} and the
     * protocol's bytes, else an index and its files.
     *
     * @param model a new model of the site's own (its address, texts), for each file
     * @param baseUrl the site's address, which each address is written under
     * @param maxAddresses the protocol's {@value #MAX_ADDRESSES}; lower in tests
     */
    static void write(PageRenderer pages, Supplier<Map<String, Object>> model, String baseUrl, List<Address> addresses,
            int maxAddresses, SiteOutput output, Consumer<Problem> problems) throws IOException {
        List<List<Address>> files = split(addresses, baseUrl.length(), maxAddresses);
        if (files.size() == 1) {
            Map<String, Object> sitemap = model.get();
            sitemap.put("addresses", addresses);
            SiteFiles.page(pages, output, SiteFiles.SITEMAP, "sitemap.ftlx", sitemap, problems);
            return;
        }
        List<Part> parts = new ArrayList<>();
        for (int n = 1; n <= files.size(); n++) {
            List<Address> part = files.get(n - 1);
            Map<String, Object> sitemap = model.get();
            sitemap.put("addresses", part);
            SiteFiles.page(pages, output, part(n), "sitemap.ftlx", sitemap, problems);
            parts.add(new Part(part(n), part.stream().map(Address::lastmod).max(String::compareTo).orElseThrow()));
        }
        Map<String, Object> index = model.get();
        index.put("sitemaps", parts);
        SiteFiles.page(pages, output, SiteFiles.SITEMAP, "sitemap-index.ftlx", index, problems);
    }

    /** The addresses in files of at most {@code maxAddresses} and {@link #MAX_BYTES} each, in their order. */
    private static List<List<Address>> split(List<Address> addresses, int baseLength, int maxAddresses) {
        List<List<Address>> files = new ArrayList<>();
        List<Address> file = new ArrayList<>();
        long bytes = 0;
        for (Address address : addresses) {
            // A page name is UTF-8 in the file: at most three bytes a character, escaped '&' at most five.
            long size = BYTES_AROUND_AN_ADDRESS + baseLength + 5L * address.page().length() + address.lastmod().length();
            if (!file.isEmpty() && (file.size() == maxAddresses || bytes + size > MAX_BYTES)) {
                files.add(file);
                file = new ArrayList<>();
                bytes = 0;
            }
            file.add(address);
            bytes += size;
        }
        files.add(file);
        return files;
    }
}
