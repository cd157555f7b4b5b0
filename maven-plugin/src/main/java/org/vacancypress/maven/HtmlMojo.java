package org.vacancypress.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;

/**
 * Validates the notices, then renders the careers site: a page per notice and an index, with
 * the stylesheet and the notice format's JSON Schema. Nothing is published if any notice has
 * an error; the previous site then stays as it was.
 */
@Mojo(name = "html", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false, threadSafe = true)
public class HtmlMojo extends GeneratorMojo {

    @Override
    BuildResult run(Generator generator) {
        return generator.html();
    }

    @Override
    String summary(BuildResult result) {
        return published(result, "pages");
    }
}
