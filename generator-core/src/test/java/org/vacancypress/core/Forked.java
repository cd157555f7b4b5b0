package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.vacancypress.core.render.html.TemplateLimits;

/**
 * Runs a build in a JVM of its own, so that a heap limit is real and a build that hangs can be
 * killed: the test fails with what the build printed so far.
 */
public final class Forked {

    private Forked() {
    }

    /** What {@code mainClass} printed (standard output and error), once it ended within {@code timeout}. */
    static String run(String heap, Duration timeout, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("forked", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                fail("did not finish within " + timeout.toSeconds() + " s: " + tail(Files.readString(log)));
            }
            return Files.readString(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Runs one goal of the generator in a JVM of its own; see {@link Build}. */
    static String build(String heap, Duration timeout, String goal, Path source, Path output, Optional<Path> templates)
            throws IOException, InterruptedException {
        return build(heap, timeout, goal, source, output, templates, TemplateLimits.DEFAULT);
    }

    static String build(String heap, Duration timeout, String goal, Path source, Path output, Optional<Path> templates,
            TemplateLimits limits) throws IOException, InterruptedException {
        return run(heap, timeout, Build.class, goal, source.toString(), output.toString(),
                templates.map(Path::toString).orElse(""), String.valueOf(limits.time().toMillis()),
                String.valueOf(limits.outputCharacters()));
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : "..." + output.substring(output.length() - 4000);
    }

    /**
     * Runs {@code validate}, {@code html} or {@code build} on a notices folder and an output
     * folder, with a template folder (or "") and the template limits (milliseconds, characters),
     * printing each problem on a line, then a summary.
     */
    public static final class Build {

        private Build() {
        }

        public static void main(String[] args) {
            BuildRequest request = Fixtures.request(Path.of(args[1]), Path.of(args[2])).withTemplateLimits(
                    new TemplateLimits(Duration.ofMillis(Long.parseLong(args[4])), Integer.parseInt(args[5])));
            if (!args[3].isEmpty()) {
                request = request.withTemplateDirectory(Path.of(args[3]));
            }
            Generator generator = new Generator(request);
            BuildResult result = switch (args[0]) {
                case "validate" -> generator.validate();
                case "html" -> generator.html();
                default -> generator.build();
            };
            result.problems().forEach(System.out::println);
            System.out.println(result.noticesPublished() + " notices published, " + result.errorCount() + " errors, in "
                    + result.elapsed().toMillis() + " ms");
        }
    }
}
