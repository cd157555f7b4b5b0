package org.vacancypress.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Severity;
import org.vacancypress.core.render.site.Json;
import org.vacancypress.core.validate.LintRule;

/**
 * A build's problems as SARIF 2.1.0, the format code-review tools (GitHub code scanning, GitLab,
 * IDEs) read to annotate the lines of a change. Every lint rule is declared with its
 * description; errors without a rule come under {@code notice-error}, notes (notices held back)
 * under {@code not-published}. Files are named as the log names them, relative to where the
 * build started (the repository's root in CI).
 */
public final class Sarif {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String ERROR_RULE = "notice-error";
    private static final String NOTE_RULE = "not-published";

    private Sarif() {
    }

    /** The SARIF log of {@code problems}, written by the given version of the generator. */
    public static String of(List<Problem> problems, String version) {
        List<Object> rules = new ArrayList<>();
        rules.add(rule(ERROR_RULE, "A mistake in a notice or the organization's data: nothing is published until it is"
                + " fixed.", "error"));
        for (LintRule rule : LintRule.values()) {
            rules.add(rule(rule.id(), rule.doc(), rule.blocking() ? "error" : "warning"));
        }
        rules.add(rule(NOTE_RULE, "A notice held back from the site: a draft, or not open yet.", "note"));
        List<Object> results = new ArrayList<>();
        for (Problem problem : problems) {
            results.add(Json.object(
                    "ruleId", problem.rule().orElse(problem.severity() == Severity.NOTE ? NOTE_RULE : ERROR_RULE),
                    "level", problem.severity().label(),
                    "message", Json.object("text", problem.message()),
                    "locations", List.of(Json.object("physicalLocation", Json.object(
                            "artifactLocation", artifact(problem.location().file()),
                            "region", Json.object("startLine", problem.location().line(),
                                    "startColumn", problem.location().column()))))));
        }
        Map<String, Object> driver = Json.object("name", "Vacancy Press", "version", version, "rules", rules);
        return Json.write(Json.object("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(Json.object(
                "tool", Json.object("driver", driver),
                "columnKind", "unicodeCodePoints",
                "results", results)))) + "\n";
    }

    private static Map<String, Object> rule(String id, String description, String level) {
        return Json.object("id", id, "shortDescription", Json.object("text", description),
                "defaultConfiguration", Json.object("level", level));
    }

    /** A relative file against the source root, an absolute one as a file address. */
    private static Map<String, Object> artifact(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return Json.object("uri", path.toUri().toString());
        }
        StringJoiner uri = new StringJoiner("/");
        for (String segment : file.replace('\\', '/').split("/", -1)) {
            uri.add(encoded(segment));
        }
        return Json.object("uri", uri.toString(), "uriBaseId", "%SRCROOT%");
    }

    /** A path segment as an address writes it: UTF-8, unreserved characters as they are. */
    private static String encoded(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
