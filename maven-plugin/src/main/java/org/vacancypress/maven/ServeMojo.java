package org.vacancypress.maven;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.vacancypress.core.serve.PreviewServer;

/**
 * Serves a live preview of the site: builds it, serves it on {@code vacancy.port}, rebuilds it
 * when a notice, data file or template changes, and reloads the open pages. A notice with errors
 * shows them in the page; the server keeps running. Ctrl-C stops it. The preview shows what is
 * being written: drafts and notices not open yet, each with a banner saying so; it is built in
 * its own folder, never into the published site.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractVacancyMojo {

    /** The port to serve on. */
    @Parameter(property = PROPERTY + "port", defaultValue = "8080")
    private int port;

    /** The address to listen on: the loopback interface by default, so that only this machine sees the preview. */
    @Parameter(property = PROPERTY + "host", defaultValue = "127.0.0.1")
    private String host;

    /** Where the preview is built: its own folder, so that drafts never reach the site's output folder. */
    @Parameter(property = PROPERTY + "previewDirectory", defaultValue = "${project.build.directory}/vacancy-preview")
    private File previewDirectory;

    @Override
    void executeGoal() throws MojoFailureException {
        try {
            PreviewServer.serveUntilStopped(PreviewServer.previewOf(request(), previewDirectory.toPath()),
                    new InetSocketAddress(host, port), getLog()::info);
        } catch (IOException e) {
            throw new MojoFailureException("cannot start the preview on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another port with -D" + PROPERTY + "port=");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
