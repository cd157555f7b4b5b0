package org.vacancypress.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;

/**
 * Checks every notice and the organization's data files, and reports all problems at once as
 * {@code file:line:column: error: message}. Fails the build on any error. Writes nothing.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends GeneratorMojo {

    @Override
    BuildResult run(Generator generator) {
        return generator.validate();
    }

    @Override
    String summary(BuildResult result) {
        return "Validated " + result.noticesFound() + (result.noticesFound() == 1 ? " notice" : " notices")
                + ": no errors (" + seconds(result) + ")";
    }
}
