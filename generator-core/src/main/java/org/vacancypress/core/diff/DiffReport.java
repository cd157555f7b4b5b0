package org.vacancypress.core.diff;

import java.util.Optional;
import org.vacancypress.core.diff.NoticeChange.FactChange;
import org.vacancypress.core.diff.NoticeChange.Status;

/**
 * A {@link SiteDiff.Result} for people: Markdown fit for a pull-request comment, and an HTML
 * page with each changed notice's text side by side. Notice text is untrusted: it is escaped
 * in both, so that a notice cannot put a link, an image or markup into a review.
 */
public final class DiffReport {

    /** How the HTML report begins: what tells it from another file of its name. */
    static final String HTML_START = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>What candidates will see change</title>\n";
    /** The Markdown report's first line. */
    static final String MARKDOWN_HEADING = "## What candidates will see change\n";

    private DiffReport() {
    }

    public static String markdown(SiteDiff.Result result) {
        StringBuilder md = new StringBuilder(MARKDOWN_HEADING + "\n");
        md.append("Compared with `").append(result.base().shortId()).append("` (").append(escape(result.base().chosen()))
                .append("), both built as on ").append(result.moment()).append(".\n\n");
        if (!result.after().succeeded()) {
            md.append("**This change does not build:** ").append(result.after().errorCount())
                    .append(" errors; the build log lists them.\n\n");
        }
        if (!result.organizationFiles().isEmpty()) {
            md.append("Organization data and templates changed: ").append(String.join(", ",
                    result.organizationFiles().stream().map(file -> "`" + file.replace("`", "'") + "`").toList()));
            long alone = result.notices().stream().filter(NoticeChange::byOrganizationOnly).count();
            md.append(". ").append(alone).append(alone == 1 ? " notice changes" : " notices change")
                    .append(" through them alone.\n\n");
        }
        if (result.notices().isEmpty()) {
            md.append("No notice changes for candidates.\n");
            return md.toString();
        }
        md.append(result.notices().size()).append(result.notices().size() == 1 ? " notice changes" : " notices change")
                .append(":\n");
        for (NoticeChange notice : result.notices()) {
            md.append("\n### ").append(escape(notice.title())).append(" (`").append(notice.name()).append("`): ")
                    .append(status(notice)).append("\n\n");
            if (notice.byOrganizationOnly()) {
                md.append("*Its notice file is unchanged: the organization's data or templates change it.*\n\n");
            }
            if (notice.status() != Status.CHANGED) {
                continue;
            }
            if (!notice.facts().isEmpty()) {
                md.append("| fact | before | after |\n|---|---|---|\n");
                for (FactChange fact : notice.facts()) {
                    md.append("| ").append(cell(fact.label())).append(" | ").append(cell(fact.before())).append(" | ")
                            .append(cell(fact.after())).append(" |\n");
                }
                md.append('\n');
            }
            for (SentenceDiff.Line line : notice.changedSentences()) {
                switch (line.kind()) {
                    case ADDED -> md.append("- added: ").append(quote(line.after())).append('\n');
                    case REMOVED -> md.append("- removed: ").append(quote(line.before())).append('\n');
                    case CHANGED -> md.append("- changed: ").append(quote(line.before())).append(" → ")
                            .append(quote(line.after())).append('\n');
                    case SAME -> { }
                }
            }
            if (notice.pdfTextChanged()) {
                md.append("- the PDF's text changed\n");
            }
        }
        return md.toString();
    }

    public static String html(SiteDiff.Result result) {
        StringBuilder html = new StringBuilder(HTML_START + "<style>\n"
                + "body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:80rem;padding:0 1rem;color:#1a1a1a}\n"
                + "table{border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:2rem}\n"
                + "th,td{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:start}\n"
                + ".same td{color:#555}.added td:last-child,.changed td:last-child,.fact td:last-child{background:#e6f4ea}\n"
                + ".removed td:first-child,.changed td:first-child,.fact td:first-of-type{background:#fdecea}\n"
                + "</style>\n</head>\n<body>\n<main>\n<h1>What candidates will see change</h1>\n<p>Compared with <code>")
                .append(text(result.base().shortId())).append("</code> (").append(text(result.base().chosen()))
                .append("), both built as on ").append(text(result.moment())).append(".</p>\n");
        if (!result.organizationFiles().isEmpty()) {
            html.append("<p>Organization data and templates changed: ")
                    .append(text(String.join(", ", result.organizationFiles()))).append(".</p>\n");
        }
        if (result.notices().isEmpty()) {
            html.append("<p>No notice changes for candidates.</p>\n");
        }
        for (NoticeChange notice : result.notices()) {
            html.append("<section>\n<h2>").append(text(notice.title())).append(" (<code>").append(text(notice.name()))
                    .append("</code>): ").append(text(status(notice))).append("</h2>\n");
            if (notice.byOrganizationOnly()) {
                html.append("<p>Its notice file is unchanged: the organization's data or templates change it.</p>\n");
            }
            if (notice.pdfTextChanged()) {
                html.append("<p>The PDF's text changed.</p>\n");
            }
            if (!notice.facts().isEmpty()) {
                html.append("<table>\n<caption>Facts</caption>\n<tr><th scope=\"col\">fact</th><th scope=\"col\">before"
                        + "</th><th scope=\"col\">after</th></tr>\n");
                for (FactChange fact : notice.facts()) {
                    html.append("<tr class=\"fact\"><th scope=\"row\">").append(text(fact.label())).append("</th><td>")
                            .append(text(fact.before())).append("</td><td>").append(text(fact.after()))
                            .append("</td></tr>\n");
                }
                html.append("</table>\n");
            }
            html.append("<table>\n<caption>Text</caption>\n<tr><th scope=\"col\">before</th><th scope=\"col\">after</th>"
                    + "</tr>\n");
            for (SentenceDiff.Line line : notice.sentences()) {
                html.append("<tr class=\"").append(line.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\"><td>")
                        .append(text(line.before().orElse(""))).append("</td><td>").append(text(line.after().orElse("")))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String status(NoticeChange notice) {
        return switch (notice.status()) {
            case ADDED -> "newly published";
            case REMOVED -> "no longer published";
            case CHANGED -> "changed";
        };
    }

    private static String quote(Optional<String> sentence) {
        return "“" + escape(sentence.orElse("")) + "”";
    }

    private static String cell(String text) {
        return text.isEmpty() ? "(none)" : escape(text);
    }

    /** Markdown's punctuation escaped, so that notice text stays text in a review. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]<>#!|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }

    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
