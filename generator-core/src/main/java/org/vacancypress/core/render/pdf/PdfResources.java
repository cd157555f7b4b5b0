package org.vacancypress.core.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vacancypress.core.render.site.Logo;

/**
 * What a PDF may load: files inside the organization's template folder, and the organization's
 * logo, which the renderer serves itself at {@link Logo#printAddress()} from the bytes it was
 * given. Nothing else: no {@code http:}, no {@code file:} elsewhere, no {@code data:}, and an
 * SVG fetches nothing it names.
 */
final class PdfResources {

    private final Optional<Path> templateDirectory;
    private final Optional<Logo> logo;

    PdfResources(Optional<Path> templateDirectory, Optional<Logo> logo) {
        this.templateDirectory = templateDirectory.map(dir -> dir.toAbsolutePath().normalize());
        this.logo = logo;
    }

    /** Sets the builder's loading rules; relative addresses resolve against {@link #baseUri()}. */
    PdfRendererBuilder restrict(PdfRendererBuilder builder) {
        return builder
                .useExternalResourceAccessControl(this::mayResolve, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(this::mayLoad, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useProtocolsStreamImplementation(this::logo, Logo.PRINT_SCHEME);
    }

    String baseUri() {
        return templateDirectory.map(dir -> dir.toUri().toString()).orElse("about:blank");
    }

    /** Before resolution: a relative reference may be resolved against the template folder, then checked. */
    private boolean mayResolve(String uri, ExternalResourceType type) {
        try {
            return uri != null && URI.create(uri).getScheme() == null && !uri.startsWith("//") || mayLoad(uri, type);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean mayLoad(String uri, ExternalResourceType type) {
        if (uri == null) {
            return false;
        }
        if (logo.isPresent() && uri.equals(logo.get().printAddress())) {
            return true;
        }
        if (templateDirectory.isEmpty() || !uri.startsWith("file:")) {
            return false;
        }
        try {
            Path file = Path.of(URI.create(uri)).toAbsolutePath().normalize();
            return file.startsWith(templateDirectory.get()) && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(templateDirectory.get().toRealPath());
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The logo's bytes, for the one address {@link #mayLoad} lets through to this scheme. */
    private FSStream logo(String uri) {
        byte[] content = logo.filter(image -> uri.equals(image.printAddress())).map(Logo::content).orElse(new byte[0]);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }
}
