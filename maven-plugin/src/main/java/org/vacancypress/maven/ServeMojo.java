package org.vacancypress.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
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
    @Parameter(property = "vacancy.port", defaultValue = "8080")
    private int port;

    /** The address to listen on: the loopback interface by default, so that only this machine sees the preview. */
    @Parameter(property = "vacancy.host", defaultValue = "127.0.0.1")
    private String host;

    /** Where the preview is built: its own folder, so that drafts never reach the site's output folder. */
    @Parameter(property = "vacancy.previewDirectory", defaultValue = "${project.build.directory}/vacancy-preview")
    private File previewDirectory;

    @Override
    public void execute() throws MojoFailureException {
        if (skip()) {
            getLog().info("Skipping: vacancy.skip is set");
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            PreviewServer server = new PreviewServer(
                    PreviewServer.previewOf(request(), previewDirectory.toPath()),
                    new InetSocketAddress(host, port), getLog()::info);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                    getLog().info("Preview stopped");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    stopped.countDown();
                }
            }, "vacancy-preview-stop"));
            getLog().info("Previewing at " + server.address() + " (Ctrl-C stops)");
            stopped.await();
        } catch (IOException e) {
            throw new MojoFailureException("cannot start the preview on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another port with -Dvacancy.port=");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
