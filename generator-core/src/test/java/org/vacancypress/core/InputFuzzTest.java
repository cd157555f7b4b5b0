package org.vacancypress.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vacancypress.core.load.NoticeBinder;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.load.YamlLoader;
import org.vacancypress.core.load.YamlNode;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.render.markdown.Markdown;
import org.vacancypress.core.validate.Linter;
import org.vacancypress.core.validate.NoticeValidator;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz tests (Jazzer). A plain test run replays the inputs committed under
 * src/test/resources/org/vacancypress/core/InputFuzzTestInputs; a real fuzzing session runs with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl generator-core test -Dtest=InputFuzzTest#<method>}.
 */
class InputFuzzTest {

    private static final Organization ORGANIZATION = new SourceFolder(Fixtures.NOTICES, Path.of(""))
            .loadOrganization(new Problems()).orElseThrow();
    private static final Markdown MARKDOWN = new Markdown();
    private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):");

    /** Any bytes as a notice file end in a notice or in problems on the file: never an exception. */
    @FuzzTest(maxDuration = "2m")
    void aNoticeFileEndsInANoticeOrInProblems(byte[] bytes) {
        Problems problems = new Problems();
        Optional<YamlNode> root = YamlLoader.parse(bytes, "fuzz.yaml", problems);
        Optional<Notice> notice = root.flatMap(tree -> NoticeBinder.bind(tree, "fuzz", "fuzz.yaml", Optional.empty(), Language.EN,
                Optional.of(ORGANIZATION.vocabularies()), problems));
        notice.ifPresent(bound -> {
            new NoticeValidator(ORGANIZATION).validate(bound, problems);
            new Linter(ORGANIZATION).lint(bound, problems);
        });
        assertTrue(notice.isPresent() || problems.hasErrors(), "no notice means at least one error");
        problems.list().forEach(problem -> assertTrue(problem.location().file().equals("fuzz.yaml")
                && problem.location().line() >= 1 && problem.location().column() >= 1, problem.toString()));
    }

    /** Whatever Markdown a notice holds, the HTML has no script, no handler and no dangerous link. */
    @FuzzTest(maxDuration = "2m")
    void markdownNeverYieldsActiveContent(String markdown) {
        for (String html : new String[] {MARKDOWN.block(markdown), MARKDOWN.inline(markdown)}) {
            Document page = Jsoup.parseBodyFragment(html);
            assertTrue(page.select("script, iframe, object, embed, style, img, form, input, svg, math").isEmpty(), html);
            page.getAllElements().forEach(element -> element.attributes().forEach(attribute ->
                    assertTrue(!attribute.getKey().startsWith("on"), html)));
            for (String href : page.select("[href]").eachAttr("href")) {
                String scheme = schemeOf(href);
                assertTrue(scheme.isEmpty() || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto"),
                        "scheme '" + scheme + "' in " + html);
            }
        }
    }

    /**
     * The scheme a browser would see, per the URL standard: tabs and newlines are removed, leading
     * and trailing controls and spaces trimmed, and a scheme is letters, digits, "+", "-", "."
     * before the first colon, starting with a letter; anything else is a relative reference.
     */
    private static String schemeOf(String href) {
        String url = href.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        Matcher scheme = SCHEME.matcher(url);
        return scheme.lookingAt() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
