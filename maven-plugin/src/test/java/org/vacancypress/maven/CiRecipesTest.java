package org.vacancypress.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The CI recipes of examples/ci, tested as far as this machine allows: they parse, they run on
 * the events the README promises, and every goal and -Dvacancy property they use is one this
 * plugin has, at this plugin's version.
 */
class CiRecipesTest {

    private static final Path GITHUB = Path.of("..", "examples", "ci", "github", "vacancy-notices.yml");
    private static final Path GITLAB = Path.of("..", "examples", "ci", "gitlab", ".gitlab-ci.yml");
    private static final Pattern GOAL = Pattern.compile("\\$VACANCY:([a-z-]+)");
    private static final Pattern PROPERTY = Pattern.compile("-D(vacancy\\.[A-Za-z]+)");

    static Set<String> goals = new HashSet<>();
    static Set<String> properties = new HashSet<>();
    static String version;

    /** The goals and parameter properties of this plugin, from the descriptor the build just made. */
    @BeforeAll
    static void descriptor() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target", "classes", "META-INF", "maven", "plugin.xml").toFile());
        version = ((Element) plugin.getDocumentElement().getElementsByTagName("version").item(0)).getTextContent();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            goals.add(mojo.getElementsByTagName("goal").item(0).getTextContent());
            NodeList configuration = mojo.getElementsByTagName("configuration");
            if (configuration.getLength() > 0) {
                NodeList parameters = configuration.item(0).getChildNodes();
                for (int j = 0; j < parameters.getLength(); j++) {
                    if (parameters.item(j) instanceof Element parameter) {
                        Matcher expression = Pattern.compile("\\$\\{(vacancy\\.[A-Za-z]+)}")
                                .matcher(parameter.getTextContent());
                        if (expression.find()) {
                            properties.add(expression.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(goals.contains("diff") && properties.contains("vacancy.base"), goals + " " + properties);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> yaml(Path file) throws IOException {
        return (Map<Object, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    /** Every command line the recipe runs, with its variables' values given. */
    private static List<String> commands(Object node) {
        List<String> commands = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (("run".equals(key) || "script".equals(key)) && value instanceof String command) {
                    commands.add(command);
                } else if ("script".equals(key) && value instanceof List<?> lines) {
                    lines.forEach(line -> commands.add(String.valueOf(line)));
                } else {
                    commands.addAll(commands(value));
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> commands.addAll(commands(item)));
        }
        return commands;
    }

    private static void usesOnlyWhatThePluginHas(Map<Object, Object> recipe, String variables) {
        String plugin = "org.vacancypress:vacancy-maven-plugin:" + version;
        assertTrue(variables.contains("VACANCY=" + plugin) || variables.contains("VACANCY: " + plugin), variables);
        Set<String> used = new HashSet<>();
        for (String command : commands(recipe)) {
            Matcher goal = GOAL.matcher(command);
            while (goal.find()) {
                assertTrue(goals.contains(goal.group(1)), "vacancy:" + goal.group(1) + " in " + command);
                used.add(goal.group(1));
            }
        }
        Matcher property = PROPERTY.matcher(variables + String.join("\n", commands(recipe)));
        while (property.find()) {
            assertTrue(properties.contains(property.group(1)), property.group(1) + " is a parameter of the plugin");
        }
        assertEquals(Set.of("validate", "diff", "build"), used);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGithubWorkflowReviewsPullRequestsAndPublishesDailyFromTheCachedSite() throws IOException {
        Map<Object, Object> workflow = yaml(GITHUB);
        // YAML 1.1 reads the key "on" as true.
        Map<Object, Object> on = (Map<Object, Object>) workflow.getOrDefault("on", workflow.get(true));
        assertTrue(on.containsKey("pull_request"));
        assertEquals(List.of("main"), ((Map<Object, Object>) on.get("push")).get("branches"));
        assertFalse(((List<Object>) on.get("schedule")).isEmpty(), "a daily build opens and closes notices");
        Map<Object, Object> env = (Map<Object, Object>) workflow.get("env");
        usesOnlyWhatThePluginHas(workflow, "VACANCY=" + env.get("VACANCY") + "\n" + env.get("VACANCY_OPTS"));

        Map<Object, Object> jobs = (Map<Object, Object>) workflow.get("jobs");
        String review = jobs.get("review").toString();
        assertTrue(review.contains("github/codeql-action/upload-sarif") && review.contains("vacancy.problemsFormat=sarif"));
        assertTrue(review.contains("gh pr comment") && review.contains("target/vacancy-diff.md"));
        String publish = jobs.get("publish").toString();
        assertTrue(publish.contains("actions/cache") && publish.contains("target/.careers.stamp"),
                "the previous site and its stamp are cached: the build is incremental");
        assertTrue(publish.contains("actions/deploy-pages"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitlabPipelineDoesTheSame() throws IOException {
        Map<Object, Object> pipeline = yaml(GITLAB);
        Map<Object, Object> variables = (Map<Object, Object>) pipeline.get("variables");
        usesOnlyWhatThePluginHas(pipeline, "VACANCY: " + variables.get("VACANCY") + "\n" + variables.get("VACANCY_OPTS"));
        for (String job : List.of("validate", "diff")) {
            assertTrue(pipeline.get(job).toString().contains("$CI_PIPELINE_SOURCE == \"merge_request_event\""), job);
        }
        String pages = pipeline.get("pages").toString();
        assertTrue(pages.contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"));
        assertTrue(pages.contains("target/careers/") && pages.contains("target/.careers.stamp"), pages);
        assertTrue(pipeline.get("diff").toString().contains("merge_requests/$CI_MERGE_REQUEST_IID/notes"));
    }
}
