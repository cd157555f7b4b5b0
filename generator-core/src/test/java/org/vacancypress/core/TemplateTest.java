package org.vacancypress.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.vacancypress.core.render.html.TemplateLimits;

/** An organization's own templates: overriding a default, and being refused what is unsafe. */
class TemplateTest {

    @TempDir
    Path dir;

    private BuildResult buildWithTemplate(String name, String content) throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve(name).getParent());
        Files.writeString(templates.resolve(name), content, StandardCharsets.UTF_8);
        return new Generator(Fixtures.request(Fixtures.NOTICES, dir.resolve("out"), templates)).html();
    }

    @Test
    void aTemplateOfTheSameNameOverridesTheDefault() throws IOException {
        BuildResult result = buildWithTemplate("sections/anti-fraud.ftlh",
                "<section><h2 id=\"anti-fraud\">Fraud warning</h2><p>${organization.name} never asks for money.</p></section>");
        assertTrue(result.succeeded(), result.problems().toString());
        String text = Fixtures.page(dir.resolve("out/protection-coordinator-tripoli-2018.html")).text();
        assertTrue(text.contains("International Organization for Migration never asks for money."));
        assertFalse(text.contains("IOM does not charge a fee"), "the default section is replaced");
        assertTrue(text.contains("Established in 1951"), "the other sections stay the defaults");
    }

    @Test
    void anOverriddenStylesheetIsPublished() throws IOException {
        buildWithTemplate("assets/style.css", "body { color: black; }");
        assertEquals("body { color: black; }", Files.readString(dir.resolve("out/assets/style.css")));
    }

    @Test
    void newCannotInstantiateJavaClassesSuchAsExecute() throws IOException {
        BuildResult result = buildWithTemplate("sections/anti-fraud.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertFalse(result.succeeded());
        String problem = result.problems().get(0).toString();
        assertTrue(problem.endsWith("sections/anti-fraud.ftlh:1:52: error: ?new is not allowed in templates: it could"
                + " run code or notice text as a template"), problem);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is published");
    }

    @Test
    void apiBuiltInIsOff() throws IOException {
        BuildResult result = buildWithTemplate("sections/anti-fraud.ftlh", "${organization?api.getClass()}");
        assertFalse(result.succeeded());
        assertTrue(result.problems().get(0).message().contains("api"), result.problems().toString());
    }

    @Test
    void aViewShowsItsValuesAndNoJavaMethod() throws IOException {
        BuildResult shown = buildWithTemplate("sections/anti-fraud.ftlh",
                "<p id=\"probe\">${n.reference}|${n.durationMonths}|${n.startDate!\"none\"}|${content.competencies.levelled?c}</p>");
        assertTrue(shown.succeeded(), shown.problems().toString());
        assertEquals("VN 2018/195 (P)|12|none|false", Fixtures.page(dir.resolve("out/protection-coordinator-tripoli-2018.html"))
                .getElementById("probe").text());
        for (String call : List.of("${n.toString()}", "${n.getClass()}", "${n.hashCode()}",
                "${organization.name()}", "${content.competencies.core[0].name()}")) {
            BuildResult refused = buildWithTemplate("sections/anti-fraud.ftlh", call);
            assertFalse(refused.succeeded(), call);
            assertTrue(refused.problems().get(0).message().startsWith("template error:"), refused.problems().toString());
        }
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateLineAndColumn() throws IOException {
        BuildResult result = buildWithTemplate("sections/anti-fraud.ftlh", "<p>\n<#if></p>");
        List<Problem> problems = result.problems();
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).toString().matches(".*sections/anti-fraud\\.ftlh:2:\\d+: error: template syntax: .*"),
                problems.get(0).toString());
    }

    /** The problems of building the real notices with one template of the organization's, in a JVM of its own. */
    private List<String> forkedBuildWithTemplate(String name, String content, TemplateLimits limits) throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve(name).getParent());
        Files.writeString(templates.resolve(name), content, StandardCharsets.UTF_8);
        String output = Forked.build("256m", Duration.ofSeconds(120), "html", Fixtures.NOTICES, dir.resolve("out"),
                Optional.of(templates), limits);
        assertTrue(output.contains(" notices published, "), output);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is published");
        return output.lines().filter(line -> line.contains(": error: ")).toList();
    }

    @Test
    void aLoopWithoutEndStopsAtTheTimeLimitWithAnErrorAtItsLine() throws Exception {
        List<String> problems = forkedBuildWithTemplate("sections/anti-fraud.ftlh", "<section>\n  <#list 1.. as i>"
                + "</#list>\n</section>", new TemplateLimits(Duration.ofSeconds(5), 1 << 20));
        // Once, not once per notice; on a machine this busy another page may take 5 s as well.
        List<String> loop = problems.stream().filter(p -> p.contains("anti-fraud.ftlh")).toList();
        assertEquals(1, loop.size(), problems.toString());
        assertTrue(loop.get(0).endsWith("templates/sections/anti-fraud.ftlh:2:3: error: the template ran longer than"
                + " 5 s for one page (a loop without end?); end the loop, or raise vacancy.templateTimeLimit"),
                loop.get(0));
    }

    @Test
    void aTemplateWritingWithoutEndStopsAtTheOutputLimitWithAnErrorAtItsLine() throws Exception {
        List<String> problems = forkedBuildWithTemplate("sections/anti-fraud.ftlh", "<section>\n  <#list 1.. as i>"
                + "\n    <p>${i} Lorem ipsum dolor sit amet.</p>\n  </#list>\n</section>", TemplateLimits.DEFAULT);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("templates/sections/anti-fraud.ftlh:2:3: error: the template wrote more"
                + " than 16 Mi characters for one page (a loop without end?); write less, or raise"
                + " vacancy.templateOutputLimit"), problems.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<#macro again>\n  <p><@again/></p>\n</#macro>\n<@again/>",
        "<#function again n>\n  <#return again(n + 1)>\n</#function>\n${again(1)}"})
    void aMacroOrFunctionCallingItselfWithoutEndIsOneErrorOnTheTemplate(String template) throws IOException {
        BuildResult result = buildWithTemplate("sections/anti-fraud.ftlh", template);
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches(".*templates/sections/anti-fraud\\.ftlh:1:1: error: template error: calls"
                + " nested more than 200 deep \\(a macro or function calling itself without end\\?\\)"), problems.get(0));
    }

    @Test
    void markdownInNoticesCannotInjectScriptOrDangerousLinks() throws IOException {
        String hostile = Fixtures.validNotice().replace("  Migration is part of the fabric of Libya.",
                "  <script>alert(1)</script>\n\n  Links [a](javascript:alert(1)) [b](JAVASCRIPT:alert(2))"
                        + " [c](vbscript:x) [d](data:text/html;base64,PHNjcmlwdD4=) [e](java&#115;cript:alert(4))"
                        + " text <img src=x onerror=alert(3)> [safe](https://www.iom.int)"
                        + "\n\n  Migration is part of the fabric of Libya.");
        Path folder = Fixtures.folderWith(dir, "hostile", hostile);
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("site"))).html();
        assertTrue(result.succeeded(), result.problems().toString());
        String html = Fixtures.read(dir.resolve("site/hostile.html"));
        String context = Fixtures.page(dir.resolve("site/hostile.html")).getElementById("context").parent().html();
        assertFalse(Fixtures.page(dir.resolve("site/hostile.html")).body().html().contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.toLowerCase().contains("javascript:\""));
        assertEquals(List.of("https://www.iom.int"), Fixtures.page(dir.resolve("site/hostile.html"))
                .getElementById("context").parent().select("a[href]").eachAttr("href"), context);
        assertTrue(context.contains("href=\"https://www.iom.int\""), context);
        assertTrue(context.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML is shown as text: " + context);
    }
}
