package org.vacancypress.core.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The organization's logo: the first of {@link SourceFolder#LOGO_FILES} that exists, read whole.
 * The site's header and every PDF show it, so a file that is not the image its name says is an
 * error at the file, not a picture missing from every page.
 *
 * @param name its name in the data folder: {@code _data/logo.svg}
 */
public record LogoFile(String name, byte[] content) {

    /** The logo, if the data folder has one that reads as its kind of image; none, with the problem, if it does not. */
    public static Optional<LogoFile> read(SourceFolder folder, Problems problems) {
        for (String name : SourceFolder.LOGO_FILES) {
            Path file = folder.directory().resolve(name);
            if (Files.isRegularFile(file)) {
                String display = folder.display(file);
                try {
                    LogoFile logo = new LogoFile(name, Files.readAllBytes(file));
                    return logo.readable(display, problems) ? Optional.of(logo) : Optional.empty();
                } catch (IOException e) {
                    problems.error(Location.ofFile(display), "cannot read the logo: " + e.getMessage());
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private boolean readable(String display, Problems problems) {
        String kind = name.endsWith(".svg") ? "an SVG image" : name.endsWith(".png") ? "a PNG image" : "an RGB JPEG image";
        String fix = "; save it as " + kind + ", or as " + String.join(" or ", SourceFolder.LOGO_FILES.stream()
                .filter(other -> !other.equals(name)).toList());
        if (name.endsWith(".svg")) {
            try {
                SvgLogo svg = new SvgLogo(display);
                svgParser().parse(new InputSource(new ByteArrayInputStream(content)), svg);
                svg.problem().ifPresent(problem -> problems.error(problem.location(), problem.message()));
                return svg.problem().isEmpty();
            } catch (SAXParseException e) {
                problems.error(new Location(display, Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())),
                        "the logo is not " + kind + ": " + e.getMessage() + fix);
            } catch (SAXException | IOException e) {
                problems.error(Location.ofFile(display), "the logo is not " + kind + ": " + e.getMessage() + fix);
            }
            return false;
        }
        try {
            // Java reads no CMYK JPEG, and a PDF/A printed in sRGB cannot hold one either.
            if (ImageIO.read(new ByteArrayInputStream(content)) != null) {
                return true;
            }
            problems.error(Location.ofFile(display), "the logo is not " + kind + fix);
        } catch (IOException | RuntimeException e) {
            problems.error(Location.ofFile(display), "the logo is not " + kind + ": " + e.getMessage() + fix);
        }
        return false;
    }

    /** A parser that reads the file alone: no DTD or entity is fetched, whatever the file names. */
    private static SAXParser svgParser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }
}
