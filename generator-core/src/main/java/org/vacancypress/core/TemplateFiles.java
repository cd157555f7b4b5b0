package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.vacancypress.core.load.LogoFile;
import org.vacancypress.core.load.MessageFiles;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.render.Templates;
import org.vacancypress.core.render.html.Messages;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.site.Logo;

/** Reads what pages are made with: the templates (the request's folder over the defaults), messages and logo. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    /** The templates, their messages and the organization's logo; empty, with the problem, when they cannot be read. */
    static Optional<Templates> read(BuildRequest request, Problems problems) {
        try {
            PageRenderer pages = new PageRenderer(request.templateDirectory(), request.templateLimits());
            return Optional.of(new Templates(pages, new Messages(MessageFiles.read(pages::asset, pages::describe,
                    problems)), logo(request, problems)));
        } catch (IOException e) {
            problems.error(location(request), "cannot read the templates: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The organization's logo, if its data folder has one. */
    private static Optional<Logo> logo(BuildRequest request, Problems problems) {
        return LogoFile.read(new SourceFolder(request.sourceDirectory(), request.displayBase()), problems)
                .map(file -> Logo.of(file.name(), file.content()));
    }

    /** Where a problem with the templates is reported: their folder, or the defaults. */
    static Location location(BuildRequest request) {
        return Location.ofFile(request.templateDirectory().map(Path::toString).orElse("default templates"));
    }
}
