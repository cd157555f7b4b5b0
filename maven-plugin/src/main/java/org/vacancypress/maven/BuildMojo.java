package org.vacancypress.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;

/**
 * The whole careers site in one goal: validates the notices, then publishes every page and
 * PDF together, each page linking its PDF with its size.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false, threadSafe = true)
public class BuildMojo extends GeneratorMojo {

    @Override
    BuildResult run(Generator generator) {
        return generator.build();
    }

    @Override
    String summary(BuildResult result) {
        return published(result, "pages and PDFs");
    }
}
