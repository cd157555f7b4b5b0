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
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.render.site.Logo;

/**
 * What a PDF may load: files inside the organization's template folder, and what the renderer
 * serves itself under {@link Logo#PRINT_SCHEME} from bytes it holds (the organization's logo).
 * Nothing else: no {@code http:}, no {@code file:} elsewhere, no {@code data:}, and an SVG
 * fetches nothing it names.
 */
final class PdfResources {

    private final Optional<Path> templateDirectory;
    private final Map<String, byte[]> served;

    /** @param served the content of each address the renderer serves itself */
    PdfResources(Optional<Path> templateDirectory, Map<String, byte[]> served) {
        this.templateDirectory = templateDirectory.map(dir -> dir.toAbsolutePath().normalize());
        this.served = Map.copyOf(served);
    }

    /** Sets the builder's loading rules; relative addresses resolve against {@link #baseUri()}. */
    PdfRendererBuilder restrict(PdfRendererBuilder builder) {
        return builder
                .useExternalResourceAccessControl(this::mayResolve, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(this::mayLoad, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useProtocolsStreamImplementation(this::served, Logo.PRINT_SCHEME);
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
        if (served.containsKey(uri)) {
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

    /** The bytes of an address {@link #mayLoad} lets through to the renderer's own scheme. */
    private FSStream served(String uri) {
        byte[] content = served.getOrDefault(uri, new byte[0]);
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
