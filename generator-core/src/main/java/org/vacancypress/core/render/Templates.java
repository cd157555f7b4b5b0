package org.vacancypress.core.render;

import org.vacancypress.core.render.html.Messages;
import org.vacancypress.core.render.html.PageRenderer;

/** The templates and their messages in every language, read once a build: validation checks the messages too. */
public record Templates(PageRenderer pages, Messages messages) {
}
