package org.vacancypress.maven;

import java.io.Console;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.vacancypress.core.Generator;

/**
 * Scaffolds a notice: {@code mvn vacancy:new -Dvacancy.title="Protection Officer" -Dvacancy.grade=P-3
 * -Dvacancy.dutyStation="Tripoli, LY"}. Asks for what is missing when run in a terminal. The
 * file is named after the title, carries the organization's defaults and TODO placeholders, and
 * is marked as a draft; an existing file is never replaced.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractVacancyMojo {

    /** The position title; it names the file. */
    @Parameter(property = PROPERTY + "title")
    private String title;

    /** A grade of the organization's grade list, e.g. P-3; it chooses the staff category. */
    @Parameter(property = PROPERTY + "grade")
    private String grade;

    /** The duty station as "City, CC" with the ISO 3166-1 alpha-2 country code, e.g. "Tripoli, LY". */
    @Parameter(property = PROPERTY + "dutyStation")
    private String dutyStation;

    @Override
    void executeGoal() throws MojoFailureException {
        Console console = System.console();
        title = ask(console, title, "title", "Position title");
        grade = ask(console, grade, "grade", "Grade (e.g. P-3, NO-A, G-5)");
        dutyStation = ask(console, dutyStation, "dutyStation", "Duty station (City, CC)");
        try {
            Generator.NewNotice created = new Generator(request()).newNotice(title, grade, dutyStation, LocalDate.now());
            if (created.file().isEmpty()) {
                throw new MojoFailureException("cannot read the organization's data: " + created.problems().get(0));
            }
            getLog().info("Created " + created.file().get()
                    + ": replace its TODO placeholders, then run vacancy:validate");
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
            throw new MojoFailureException("missing -D" + PROPERTY + property + "=...: give "
                    + question.toLowerCase(Locale.ROOT) + " on the command line (no terminal to ask in)");
        }
        String answer = console.readLine("%s: ", question);
        if (answer == null || answer.isBlank()) {
            throw new MojoFailureException(question + " is needed");
        }
        return answer.strip();
    }
}
