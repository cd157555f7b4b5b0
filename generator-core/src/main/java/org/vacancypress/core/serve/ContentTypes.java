package org.vacancypress.core.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The media type of each kind of file a site holds, as a web server would send it: pages,
 * stylesheets, scripts, PDFs, JSON, the Atom feed and sitemap, images, fonts and text files.
 */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"));
    private static final String ATOM = "application/atom+xml";
    private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

    private ContentTypes() {
    }

    /** The type of the file {@code name} holding {@code body}: an XML file is a feed when its root is Atom's. */
    static String of(String name, byte[] body) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("xml")) {
            String start = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8);
            int root = start.indexOf("<feed");
            if (root >= 0 && start.indexOf(ATOM_NAMESPACE, root) >= 0) {
                return ATOM;
            }
        }
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
