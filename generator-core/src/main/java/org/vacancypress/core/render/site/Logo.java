package org.vacancypress.core.render.site;

import java.util.Locale;

/**
 * The organization's logo as the site publishes it, from its data folder.
 *
 * @param file where the site publishes it: {@code assets/logo.svg}, {@code assets/logo.png} or {@code assets/logo.jpg}
 */
public record Logo(String file, byte[] content) {

    /**
     * The scheme of the one address the PDF renderer serves the logo at: a PDF loads nothing
     * from outside, so its page names the logo by this address and the renderer answers with
     * the bytes it was given.
     */
    public static final String PRINT_SCHEME = "vacancypress-logo";

    /** @param sourceName its name in the data folder: {@code _data/logo.svg} */
    public static Logo of(String sourceName, byte[] content) {
        return new Logo("assets/" + sourceName.substring(sourceName.lastIndexOf('/') + 1), content.clone());
    }

    /**
     * Where the printable page finds the logo: its name after the renderer's own scheme,
     * {@code vacancypress-logo:logo.png}; for an SVG, the page the renderer draws it on once for
     * every document, {@code vacancypress-logo:logo.svg.pdf}.
     */
    public String printAddress() {
        return isSvg() ? sourceAddress() + ".pdf" : sourceAddress();
    }

    /** Where the renderer finds the logo's own file: {@code vacancypress-logo:logo.svg}. */
    public String sourceAddress() {
        return PRINT_SCHEME + ":" + file.substring(file.lastIndexOf('/') + 1);
    }

    public boolean isSvg() {
        return mediaType().equals("image/svg+xml");
    }

    /** Its media type, by its name: {@code image/svg+xml}, {@code image/png} or {@code image/jpeg}. */
    public String mediaType() {
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "svg" -> "image/svg+xml";
            case "jpg" -> "image/jpeg";
            default -> "image/" + extension;
        };
    }
}
