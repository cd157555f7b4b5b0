package org.vacancypress.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;
import org.vacancypress.core.Problem;

/** A goal that runs the generator once, and maps its {@link BuildResult} to log lines and failure. */
abstract class GeneratorMojo extends AbstractVacancyMojo {

    @Override
    public final void execute() throws MojoFailureException {
        if (skip()) {
            getLog().info("Skipping: vacancy.skip is set");
            return;
        }
        BuildResult result = run(new Generator(request()).onProgress(getLog()::info));
        for (Problem problem : result.problems()) {
            switch (problem.severity()) {
                case ERROR -> getLog().error(problem.toString());
                case WARNING -> getLog().warn(problem.toString());
                case NOTE -> getLog().info(problem.toString());
            }
        }
        getLog().info(result.lintSummary());
        if (!result.succeeded()) {
            throw new MojoFailureException(result.errorCount() + (result.errorCount() == 1 ? " error" : " errors")
                    + " in " + sourceDirectory().toPath().normalize() + " (listed above, each with file:line:column); nothing was published");
        }
        if (failOnWarning() && result.warningCount() > 0) {
            throw new MojoFailureException(result.warningCount() + (result.warningCount() == 1 ? " warning" : " warnings")
                    + " and vacancy.failOnWarning is set (listed above); fix them, or suppress one in its notice"
                    + " with suppressWarnings and the reason; nothing was published");
        }
        getLog().info(summary(result));
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
