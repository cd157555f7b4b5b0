package org.vacancypress.maven;

import java.io.Console;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.vacancypress.core.Generator;
import org.vacancypress.core.NewNotices;

/**
 * Scaffolds a notice: {@code mvn vacancy:new -Dvacancy.title="Protection Officer" -Dvacancy.grade=P-3
 * -Dvacancy.dutyStation="Tripoli, LY"}. Asks for what is missing when run in a terminal, and checks
 * each answer as it is given; without a terminal it lists every missing or wrong property at once.
 * The file is named after the title, starts with the editors' schema line, carries the
 * organization's defaults and TODO placeholders, and is marked as a draft; an existing file is
 * never replaced.
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
        NewNotices notices = new Generator(request()).newNotices();
        List<Question> questions = List.of(
                new Question(NewNotices.Question.TITLE, "title", "Position title", title),
                new Question(NewNotices.Question.GRADE, "grade", "Grade (e.g. P-3, NO-A, G-5)", grade),
                new Question(NewNotices.Question.DUTY_STATION, "dutyStation", "Duty station (City, CC)",
                        dutyStation));
        Console console = System.console();
        List<String> answers = console == null ? answersGiven(notices, questions)
                : asked(notices, console, questions);
        try {
            NewNotices.NewNotice created = notices.write(answers.get(0), answers.get(1), answers.get(2),
                    LocalDate.now());
            if (created.file().isEmpty()) {
                throw new MojoFailureException("cannot read the organization's data: " + created.problems().get(0));
            }
            getLog().info("Created " + created.file().get() + ": replace its TODO placeholders, then run"
                    + " vacancy:validate; editors check it against the schema written beside the notices");
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException(e.getFile() + " already exists and is left as it is; choose another"
                    + " title, or edit that notice");
        } catch (IOException e) {
            throw new MojoFailureException("cannot write the notice: " + e.getMessage());
        }
    }

    /** One property the notice needs, and how to ask for it. */
    private record Question(NewNotices.Question kind, String property, String prompt, String given) {
    }

    /** Without a terminal: every missing or wrong property, listed at once. */
    private static List<String> answersGiven(NewNotices notices, List<Question> questions)
            throws MojoFailureException {
        List<String> wrong = new ArrayList<>();
        for (Question question : questions) {
            if (question.given() == null || question.given().isBlank()) {
                wrong.add("missing -D" + PROPERTY + question.property() + "=...: "
                        + question.prompt().toLowerCase(Locale.ROOT));
            } else {
                notices.answerProblem(question.kind(), question.given().strip())
                        .ifPresent(problem -> wrong.add("-D" + PROPERTY + question.property() + ": " + problem));
            }
        }
        if (!wrong.isEmpty()) {
            throw new MojoFailureException("no notice written (no terminal to ask in); give every property on the"
                    + " command line:\n  " + String.join("\n  ", wrong));
        }
        return questions.stream().map(question -> question.given().strip()).toList();
    }

    /** In a terminal: each property given is checked, each missing one asked for, until the answer is right. */
    private static List<String> asked(NewNotices notices, Console console, List<Question> questions)
            throws MojoFailureException {
        List<String> answers = new ArrayList<>();
        for (Question question : questions) {
            String answer = question.given() == null ? "" : question.given().strip();
            Optional<String> problem = answer.isEmpty() ? Optional.empty()
                    : notices.answerProblem(question.kind(), answer);
            while (answer.isEmpty() || problem.isPresent()) {
                problem.ifPresent(text -> console.printf("%s%n", text));
                String line = console.readLine("%s: ", question.prompt());
                if (line == null) {
                    throw new MojoFailureException(question.prompt() + " is needed; no notice written");
                }
                answer = line.strip();
                problem = answer.isEmpty() ? Optional.empty() : notices.answerProblem(question.kind(), answer);
            }
            answers.add(answer);
        }
        return answers;
    }
}
