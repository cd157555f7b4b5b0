package org.vacancypress.core.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vacancypress.core.problem.Problem;

/** What the preview adds to the site's pages: the reload script, and the page of a build's errors. */
final class PreviewPages {

    /** Where a page asks whether what it shows changed: it answers when it did, or after a while. */
    static final String SHOWN = "/__vacancy/shown";
    private static final String RELOAD_SCRIPT = """
            (function () {
              var version = %1$d;
              function poll() {
                fetch('%2$s?since=' + version)
                  .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
                  .then(function (v) { if (Number(v) !== version) { location.reload(); } else { poll(); } })
                  .catch(function () { setTimeout(poll, 1000); });
              }
              poll();
            })();
            """;

    private PreviewPages() {
    }

    /** The page with the script that reloads it when what the pages show changes. */
    static byte[] withReload(String html, int version) {
        String script = "<script>" + RELOAD_SCRIPT.formatted(version, SHOWN) + "</script>";
        int end = html.lastIndexOf("</body>");
        String page = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** What every page shows while the notices have errors. */
    static String errorPage(List<Problem> errors) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Build errors</title></head><body><main><h1>The notices have errors</h1>"
                + "<p>Fix them and save: this page reloads by itself.</p><ul>");
        for (Problem problem : errors) {
            page.append("<li><code>").append(escape(problem.toString())).append("</code></li>");
        }
        return page.append("</ul></main></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
