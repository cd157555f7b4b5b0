package org.vacancypress.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.parallel.Beside;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.render.Templates;
import org.vacancypress.core.render.html.PageRenderer;

/**
 * The templates, messages and logo one generator's last build read, the hash of the shared
 * inputs they were read from, and the problems reading them reported: the next build with the
 * same shared inputs (the preview's, one a save) reads none and reports the same.
 */
final class KeptTemplates {

    private record Read(String sharedInputs, Templates templates, List<Problem> reported) {
    }

    private volatile Optional<Read> last = Optional.empty();

    /**
     * Starts reading the templates as {@link #of} does, on a thread of its own, once the
     * organization's data is read: they need nothing else, and the notices are read meanwhile.
     * Taken with what reading them reported, when the build has the organization's data.
     */
    Function<Problems, Optional<Templates>> ahead(BuildRequest request,
            Supplier<Optional<Map<Language, OrganizationTranslator.Translated>>> organization,
            Optional<String> sharedInputs) {
        // Unless the last build's are kept, the template engine is made on a thread of its own meanwhile.
        Optional<CompletableFuture<PageRenderer>> engine = hold(sharedInputs) ? Optional.empty()
                : Optional.of(TemplateFiles.engine(request));
        Problems reading = new Problems();
        CompletableFuture<Optional<Templates>> templates = Beside.start("templates reader", () -> organization.get()
                .flatMap(read -> of(request, read, sharedInputs, engine, reading)));
        return problems -> {
            Optional<Templates> read = Beside.join(templates);
            reading.list().forEach(problems::add);
            return read;
        };
    }

    /** Whether the last build read the same shared inputs: its templates are then taken. */
    private boolean hold(Optional<String> sharedInputs) {
        return last.filter(read -> sharedInputs.equals(Optional.of(read.sharedInputs()))).isPresent();
    }

    /**
     * The templates: the last build's when it read the same shared inputs, else read with
     * {@code engine} (made while the notices were read) and kept when the shared inputs are known.
     */
    private Optional<Templates> of(BuildRequest request, Map<Language, OrganizationTranslator.Translated> organization,
            Optional<String> sharedInputs, Optional<CompletableFuture<PageRenderer>> engine, Problems problems) {
        Optional<Read> known = last.filter(read -> sharedInputs.equals(Optional.of(read.sharedInputs())));
        if (known.isPresent()) {
            known.get().reported().forEach(problems::add);
            return Optional.of(known.get().templates());
        }
        Problems reading = new Problems();
        Optional<Templates> templates = TemplateFiles.read(request, organization,
                engine.orElseGet(() -> TemplateFiles.engine(request)), reading);
        reading.list().forEach(problems::add);
        if (sharedInputs.isPresent()) {
            last = templates.map(read -> new Read(sharedInputs.get(), read, reading.list()));
        }
        return templates;
    }
}
