package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.vacancypress.core.load.LogoFile;
import org.vacancypress.core.load.MessageFiles;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.SourceMap;
import org.vacancypress.core.model.Translation;
import org.vacancypress.core.parallel.Beside;
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

    /**
     * The template engine for the request's templates, made on a thread of its own: loading its
     * classes and the Markdown renderer's takes a cold JVM a few hundred milliseconds, which the
     * build spends reading the notices meanwhile.
     */
    static CompletableFuture<PageRenderer> engine(BuildRequest request) {
        return Beside.start("template engine maker",
                () -> new PageRenderer(request.templateDirectory(), request.templateLimits()));
    }

    /**
     * The templates, their messages in the organization's wording and the organization's logo;
     * empty, with the problem, when they cannot be read.
     *
     * @param engine the template engine, as {@link #engine} makes it
     */
    static Optional<Templates> read(BuildRequest request, Map<Language, OrganizationTranslator.Translated> organization,
            CompletableFuture<PageRenderer> engine, Problems problems) {
        try {
            PageRenderer pages = made(engine);
            Messages messages = new Messages(MessageFiles.read(pages::asset, pages::describe, problems));
            unknownWording(OrganizationTranslator.original(organization), messages, problems);
            return Optional.of(new Templates(pages,
                    messages.withWording(language -> organization.get(language).organization().messages()),
                    logo(request, problems)));
        } catch (IOException e) {
            problems.error(location(request), "cannot read the templates: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static PageRenderer made(CompletableFuture<PageRenderer> engine) throws IOException {
        try {
            return Beside.join(engine);
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The organization's wording of a message the templates do not have, in its file or a translation. */
    private static void unknownWording(Organization original, Messages messages, Problems problems) {
        Map<String, SourceMap> written = new LinkedHashMap<>();
        original.messages().keySet().forEach(key -> written.put(key, original.sources()));
        original.translations().values().forEach(translation -> translation.texts().keySet().stream()
                .filter(key -> key.startsWith(Translation.MESSAGES))
                .forEach(key -> written.putIfAbsent(key.substring(Translation.MESSAGES.length()), translation.sources())));
        written.forEach((key, sources) -> {
            if (!messages.has(key)) {
                problems.error(sources.of(Translation.MESSAGES + key), "unknown message '" + key
                        + "' in 'messages': the templates' i18n/en.yaml has no such key");
            }
        });
    }

    /** The organization's logo, if its data folder has one. */
    static Optional<Logo> logo(BuildRequest request, Problems problems) {
        return LogoFile.read(new SourceFolder(request.sourceDirectory(), request.displayBase()), problems)
                .map(file -> Logo.of(file.name(), file.content()));
    }

    /** Where a problem with the templates is reported: their folder, or the defaults. */
    static Location location(BuildRequest request) {
        return Location.ofFile(request.templateDirectory().map(Path::toString).orElse("default templates"));
    }
}
