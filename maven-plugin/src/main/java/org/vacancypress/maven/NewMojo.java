package org.vacancypress.maven;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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
 * -Dvacancy.dutyStation="Tripoli, LY"}. In a terminal, asks for what is missing and asks again
 * for a wrong answer (a grade the organization does not have, a duty station without a country);
 * without one, lists every missing or wrong property at once. The file is named after the title,
 * starts with the line that points editors to the notice format's schema (written beside the
 * notices, in {@code _schema/}), carries the organization's defaults and TODO placeholders, and
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
        Problems problems = new Problems();
        Organization organization = new SourceFolder(sourceDirectory.toPath(), Path.of(""))
                .loadOrganization(problems)
                .orElseThrow(() -> new MojoFailureException("cannot read the organization's data: "
                        + problems.list().get(0)));
        List<Question> questions = List.of(
                new Question("vacancy.title", "Position title", title, answer -> Optional.empty()),
                new Question("vacancy.grade", "Grade (e.g. P-3, NO-A, G-5)", grade,
                        answer -> NoticeScaffold.gradeProblem(answer, organization)),
                new Question("vacancy.dutyStation", "Duty station (City, CC)", dutyStation,
                        NoticeScaffold::dutyStationProblem));
        Console console = System.console();
        List<String> answers = console == null ? answersGiven(questions) : asked(console, questions);
        title = answers.get(0);
        grade = answers.get(1);
        dutyStation = answers.get(2);
        try {
            Path file = NoticeScaffold.create(sourceDirectory.toPath(), title, grade, dutyStation, LocalDate.now(),
                    organization);
            getLog().info("Created " + file.toAbsolutePath().normalize() + ": replace its TODO placeholders, then run"
                    + " vacancy:validate; editors check it against " + sourceDirectory.toPath().resolve(
                            NoticeScaffold.SCHEMA_FILE).toAbsolutePath().normalize());
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException(e.getFile() + " already exists and is left as it is; choose another"
                    + " title, or edit that notice");
        } catch (IOException e) {
            throw new MojoFailureException("cannot write the notice: " + e.getMessage());
        }
    }

    /** One property the notice needs, how to ask for it, and what is wrong with an answer. */
    private record Question(String property, String prompt, String given, Function<String, Optional<String>> check) {
    }

    /** Without a terminal: every missing or wrong property, listed at once. */
    private static List<String> answersGiven(List<Question> questions) throws MojoFailureException {
        List<String> wrong = new ArrayList<>();
        for (Question question : questions) {
            if (question.given() == null || question.given().isBlank()) {
                wrong.add("missing -D" + question.property() + "=...: " + question.prompt().toLowerCase(Locale.ROOT));
            } else {
                question.check().apply(question.given().strip()).ifPresent(problem -> wrong.add("-D"
                        + question.property() + ": " + problem));
            }
        }
        if (!wrong.isEmpty()) {
            throw new MojoFailureException("no notice written (no terminal to ask in); give every property on the"
                    + " command line:\n  " + String.join("\n  ", wrong));
        }
        return questions.stream().map(question -> question.given().strip()).toList();
    }

    /** In a terminal: each property given is checked, each missing one asked for, until the answer is right. */
    private static List<String> asked(Console console, List<Question> questions) throws MojoFailureException {
        List<String> answers = new ArrayList<>();
        for (Question question : questions) {
            String answer = question.given() == null ? "" : question.given().strip();
            Optional<String> problem = answer.isEmpty() ? Optional.empty() : question.check().apply(answer);
            while (answer.isEmpty() || problem.isPresent()) {
                problem.ifPresent(text -> console.printf("%s%n", text));
                String line = console.readLine("%s: ", question.prompt());
                if (line == null) {
                    throw new MojoFailureException(question.prompt() + " is needed; no notice written");
                }
                answer = line.strip();
                problem = answer.isEmpty() ? Optional.empty() : question.check().apply(answer);
            }
            answers.add(answer);
        }
        return answers;
    }
}
