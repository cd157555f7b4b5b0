package org.vacancypress.core.render.site;

import java.net.URI;
import java.util.Optional;

/**
 * What every page knows of the site: its address, if given, ending in "/"; where the
 * organization's logo is published, if it has one, its media type, and the address the PDF
 * renderer serves the same logo at (a PDF loads nothing from outside).
 */
public record SiteView(Optional<String> baseUrl, Optional<String> logo, Optional<String> logoType,
        Optional<String> printedLogo) {

    public static SiteView of(Optional<URI> baseUrl, Optional<Logo> logo) {
        return new SiteView(baseUrl.map(URI::toString), logo.map(Logo::file), logo.map(Logo::mediaType),
                logo.map(Logo::printAddress));
    }
}
