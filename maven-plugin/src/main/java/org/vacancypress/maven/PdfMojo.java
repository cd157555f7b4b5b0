package org.vacancypress.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;

/**
 * Validates the notices, then renders each to an accessible, archival PDF (PDF/UA-1 and
 * PDF/A-3u, fonts embedded) next to its page, as {@code <name>.pdf}. Pages already published
 * stay. Nothing is published if any notice has an error.
 */
@Mojo(name = "pdf", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false, threadSafe = true)
public class PdfMojo extends GeneratorMojo {

    @Override
    BuildResult run(Generator generator) {
        return generator.pdf();
    }

    @Override
    String summary(BuildResult result) {
        return published(result, "PDFs");
    }
}
