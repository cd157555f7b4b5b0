package org.vacancypress.maven;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.scaffold.NoticeScaffold;

/**
 * Scaffolds a notice: {@code mvn vacancy:new -Dvacancy.title="Protection Officer" -Dvacancy.grade=P-3
 * -Dvacancy.dutyStation="Tripoli, LY"}. Asks for what is missing when run in a terminal. The
 * file is named after the title, carries the organization's defaults and TODO placeholders, and
 * is marked as a draft; an existing file is never replaced.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** The folder of notices, holding {@code _organization.yaml}. */
    @Parameter(property = "vacancy.sourceDirectory", defaultValue = "${basedir}/notices")
    private File sourceDirectory;

    /** The position title; it names the file. */
    @Parameter(property = "vacancy.title")
    private String title;

    /** A grade of the organization's grade list, e.g. P-3; it chooses the staff category. */
    @Parameter(property = "vacancy.grade")
    private String grade;

    /** The duty station as "City, CC" with the ISO 3166-1 alpha-2 country code, e.g. "Tripoli, LY". */
    @Parameter(property = "vacancy.dutyStation")
    private String dutyStation;

    @Override
    public void execute() throws MojoFailureException {
        Console console = System.console();
        title = ask(console, title, "vacancy.title", "Position title");
        grade = ask(console, grade, "vacancy.grade", "Grade (e.g. P-3, NO-A, G-5)");
        dutyStation = ask(console, dutyStation, "vacancy.dutyStation", "Duty station (City, CC)");
        Problems problems = new Problems();
        Organization organization = new SourceFolder(sourceDirectory.toPath(), Path.of(""))
                .loadOrganization(problems)
                .orElseThrow(() -> new MojoFailureException("cannot read the organization's data: "
                        + problems.list().get(0)));
        try {
            Path file = NoticeScaffold.create(sourceDirectory.toPath(), title, grade, dutyStation, LocalDate.now(),
                    organization);
            getLog().info("Created " + file + ": replace its TODO placeholders, then run vacancy:validate");
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException(e.getFile() + " already exists and is left as it is; choose another"
                    + " title, or edit that notice");
        } catch (IOException e) {
            throw new MojoFailureException("cannot write the notice: " + e.getMessage());
        }
    }

    private static String ask(Console console, String given, String property, String question)
            throws MojoFailureException {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        if (console == null) {
            throw new MojoFailureException("missing -D" + property + "=...: give " + question.toLowerCase()
                    + " on the command line (no terminal to ask in)");
        }
        String answer = console.readLine("%s: ", question);
        if (answer == null || answer.isBlank()) {
            throw new MojoFailureException(question + " is needed");
        }
        return answer.strip();
    }
}
