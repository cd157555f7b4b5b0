package org.vacancypress.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.report.Sarif;
import org.vacancypress.proofreading.LanguageToolProofreader;

/**
 * A goal that runs the generator once, and maps its {@link BuildResult} to log lines, a
 * problems file if asked for, and failure.
 */
abstract class GeneratorMojo extends AbstractVacancyMojo {

    /**
     * Also write the problems in this format: {@code sarif} (SARIF 2.1.0, which code-review tools
     * such as GitHub code scanning show on the lines of a change), into {@code vacancy.problemsFile}.
     */
    @Parameter(property = PROPERTY + "problemsFormat")
    private String problemsFormat;

    /** Where {@code vacancy.problemsFormat} writes the problems. */
    @Parameter(property = PROPERTY + "problemsFile", defaultValue = "${project.build.directory}/vacancy-problems.sarif")
    private File problemsFile;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    final void executeGoal() throws MojoFailureException {
        Generator generator = new Generator(request()).onProgress(getLog()::info);
        if (proofread()) {
            generator.proofreadWith(new LanguageToolProofreader());
        }
        BuildResult result = run(generator);
        for (Problem problem : result.reported()) {
            switch (problem.severity()) {
                case ERROR -> getLog().error(problem.toString());
                case WARNING -> getLog().warn(problem.toString());
                case NOTE -> getLog().info(problem.toString());
            }
        }
        getLog().info(result.lintSummary());
        writeProblems(result);
        if (!result.succeeded()) {
            throw new MojoFailureException(result.errorCount() + (result.errorCount() == 1 ? " error" : " errors")
                    + " in " + sourceDirectory().toPath().normalize() + " (listed above, each with file:line:column); nothing was published");
        }
        if (failOnWarning() && result.warningCount() > 0) {
            throw new MojoFailureException(result.warningCount() + (result.warningCount() == 1 ? " warning" : " warnings")
                    + " and " + PROPERTY + "failOnWarning is set (listed above); fix them, or suppress one in its notice"
                    + " with suppressWarnings and the reason; nothing was published");
        }
        getLog().info(summary(result));
    }

    private void writeProblems(BuildResult result) throws MojoFailureException {
        if (problemsFormat == null || problemsFormat.isBlank()) {
            return;
        }
        if (!problemsFormat.strip().equals("sarif")) {
            throw new MojoFailureException(PROPERTY + "problemsFormat must be sarif, found '" + problemsFormat + "'");
        }
        try {
            Path file = problemsFile.toPath();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Sarif.of(result.reported(), pluginVersion), StandardCharsets.UTF_8);
            getLog().info("Problems written to " + file + " (SARIF)");
        } catch (IOException e) {
            throw new MojoFailureException("cannot write " + problemsFile + ": " + e.getMessage());
        }
    }

    /** Runs this goal's part of the pipeline. */
    abstract BuildResult run(Generator generator);

    /** The line logged after a successful run. */
    abstract String summary(BuildResult result);

    static String seconds(BuildResult result) {
        return String.format(Locale.ROOT, "%.2f s", result.elapsed().toMillis() / 1000.0);
    }

    /** The line a publishing goal logs: what it rendered, what was up to date, where it is. */
    String published(BuildResult result, String what) {
        return result.renderSummary() + "; published " + what + " for " + result.noticesPublished() + " of "
                + result.noticesFound() + " notices to " + outputDirectory() + "/index.html";
    }

}
