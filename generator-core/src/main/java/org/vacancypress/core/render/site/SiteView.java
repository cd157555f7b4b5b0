package org.vacancypress.core.render.site;

import java.net.URI;
import java.util.Optional;

/** What every page knows of the site: its address, if given, ending in "/". */
public record SiteView(Optional<String> baseUrl) {

    public static SiteView of(Optional<URI> baseUrl) {
        return new SiteView(baseUrl.map(URI::toString));
    }
}
