package org.vacancypress.core.render;

import java.util.List;
import java.util.Optional;

/**
 * The names of the site's own files (lists, feeds, search index, sitemap) as one generator's
 * last build rendered them, with the hash of what they were rendered from: the preview's next
 * build, when a save changed nothing they show (a notice's text, the usual edit), keeps the
 * published ones instead of rendering them again. The published site's manifest, not this,
 * says whether each is still the one rendered from that hash.
 */
public final class KeptSiteFiles {

    private record Rendered(String hash, List<String> files) {
    }

    private Optional<Rendered> last = Optional.empty();

    /** The files rendered from inputs hashing {@code hash}, when the last build rendered them. */
    synchronized Optional<List<String>> renderedFrom(String hash) {
        return last.filter(rendered -> rendered.hash().equals(hash)).map(Rendered::files);
    }

    synchronized void rendered(String hash, List<String> files) {
        last = Optional.of(new Rendered(hash, List.copyOf(files)));
    }
}
