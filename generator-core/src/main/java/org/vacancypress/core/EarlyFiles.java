package org.vacancypress.core;

import org.vacancypress.core.render.EarlyTarget;

/**
 * Where a build shows a saved notice's files before it publishes the site: the preview
 * server's ({@link Generator#showingEarly}).
 */
public interface EarlyFiles extends EarlyTarget {
}
