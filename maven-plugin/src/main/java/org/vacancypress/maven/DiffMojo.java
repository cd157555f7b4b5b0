package org.vacancypress.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.vacancypress.core.diff.DiffFiles;
import org.vacancypress.core.diff.NoticeChange;
import org.vacancypress.core.diff.SiteDiff;

/**
 * Shows what a change will do to the published site, as candidates would see it: builds the
 * notices as they are and as they were at {@code vacancy.base} (read from git), and writes, per
 * notice, the sentences added, removed and changed, the facts changed, the notices changed only
 * by the organization's data or templates, and the PDFs whose text changed:
 * {@code vacancy-diff.md} (for a pull-request comment) and {@code vacancy-diff.html} (the text
 * side by side).
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractVacancyMojo {

    /**
     * The revision to compare with: a branch, tag or commit. By default the merge base of HEAD
     * and the main branch ({@code main}, {@code master}, {@code origin/main} or {@code origin/master}).
     */
    @Parameter(property = PROPERTY + "base")
    private String base;

    /** Where the reports are written, and the two sites built beside them (in {@code vacancy-diff/}). */
    @Parameter(property = PROPERTY + "reportDirectory", defaultValue = "${project.build.directory}")
    private File reportDirectory;

    @Override
    void executeGoal() throws MojoFailureException {
        Path reports = reportDirectory.toPath();
        refuseFilesNotItsOwn(reports);
        SiteDiff.Result result;
        try {
            result = SiteDiff.compare(request(), Optional.ofNullable(base).filter(b -> !b.isBlank()).map(String::strip),
                    reports.resolve(DiffFiles.WORK));
            DiffFiles.write(reports, result);
        } catch (IOException e) {
            throw new MojoFailureException("cannot compare the notices with " + (base == null ? "the main branch" : base)
                    + ": " + e.getMessage());
        }
        getLog().info("Compared with " + result.base().shortId() + " (" + result.base().chosen() + ")");
        if (!result.after().succeeded()) {
            getLog().warn("The notices as they are do not build (" + result.after().errorCount()
                    + " errors): run vacancy:validate");
        }
        for (NoticeChange notice : result.notices()) {
            getLog().info(notice.name() + ": " + notice.status().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + count(notice.facts().size(), "fact") + " and " + count(notice.changedSentences().size(), "sentence")
                    + (notice.byOrganizationOnly() ? ", by the organization's data or templates only" : "")
                    + (notice.pdfTextChanged() ? ", PDF text changed" : ""));
        }
        getLog().info(result.notices().size() + (result.notices().size() == 1 ? " notice changes" : " notices change")
                + " for candidates; written to " + reports.resolve(DiffFiles.MARKDOWN) + " and " + DiffFiles.HTML);
    }

    /** Before the long comparison: it would replace or delete these files, which it did not write. */
    private static void refuseFilesNotItsOwn(Path reports) throws MojoFailureException {
        List<String> foreign;
        try {
            foreign = DiffFiles.notWrittenByDiff(reports);
        } catch (IOException e) {
            throw new MojoFailureException("cannot read the report folder " + reports + ": " + e.getMessage());
        }
        if (!foreign.isEmpty()) {
            throw new MojoFailureException("nothing compared: " + String.join("; ", foreign)
                    + " (-D" + PROPERTY + "reportDirectory=)");
        }
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
