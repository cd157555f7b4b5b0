package org.vacancypress.core.render.site;

import java.net.URI;
import java.util.Optional;

/**
 * What every page knows of the site: its address, if given, ending in "/"; where the
 * organization's logo is published, if it has one, and the same logo as a data address for the
 * PDF, which loads nothing.
 */
public record SiteView(Optional<String> baseUrl, Optional<String> logo, Optional<String> logoData) {

    public static SiteView of(Optional<URI> baseUrl, Optional<Logo> logo) {
        return new SiteView(baseUrl.map(URI::toString), logo.map(Logo::file), logo.map(Logo::dataAddress));
    }
}
