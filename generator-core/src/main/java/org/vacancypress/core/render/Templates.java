package org.vacancypress.core.render;

import java.util.Optional;
import org.vacancypress.core.render.html.Messages;
import org.vacancypress.core.render.html.PageRenderer;
import org.vacancypress.core.render.site.Logo;

/**
 * The templates, their messages in every language and the organization's logo they show, read
 * once a build: validation checks the messages too.
 */
public record Templates(PageRenderer pages, Messages messages, Optional<Logo> logo) {
}
