package org.vacancypress.core.render.site;

import java.util.Optional;
import org.vacancypress.core.resolve.NoticeFacts;

/**
 * A notice as the site's own files list it, once its files are rendered.
 *
 * @param searchWords what the list's search finds it by, when the list shows it
 * @param pdf its PDF's file in the site, when one is published
 */
public record PublishedNotice(NoticeFacts facts, Optional<String> searchWords, Optional<String> pdf) {
}
