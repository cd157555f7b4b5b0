package org.vacancypress.core.render.site;

import java.util.Base64;

/**
 * The organization's logo as the site publishes it, from its data folder.
 *
 * @param file where the site publishes it: {@code assets/logo.svg} or {@code assets/logo.png}
 */
public record Logo(String file, byte[] content) {

    /** @param sourceName its name in the data folder: {@code _data/logo.svg} */
    public static Logo of(String sourceName, byte[] content) {
        return new Logo("assets/" + sourceName.substring(sourceName.lastIndexOf('/') + 1), content.clone());
    }

    /** The logo as a data address, for the PDF, which loads nothing. */
    String dataAddress() {
        return "data:" + (file.endsWith(".svg") ? "image/svg+xml" : "image/png") + ";base64,"
                + Base64.getEncoder().encodeToString(content);
    }
}
