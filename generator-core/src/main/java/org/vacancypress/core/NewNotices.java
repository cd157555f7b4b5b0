package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.scaffold.NoticeScaffold;

/**
 * Writing new notices ({@code vacancy:new}): the organization's data is read once, when this is
 * made, and every answer and notice of the run is checked and written against it.
 */
public final class NewNotices {

    /** The answers {@link #write} needs. */
    public enum Question { TITLE, GRADE, DUTY_STATION }

    /** The notice {@link #write} wrote, or the problems that kept it from writing one. */
    public record NewNotice(Optional<Path> file, List<Problem> problems) {

        public NewNotice {
            problems = List.copyOf(problems);
        }
    }

    private final Path sourceDirectory;
    private final Optional<Organization> organization;
    private final List<Problem> problems;

    NewNotices(BuildRequest request) {
        Problems reading = new Problems();
        this.sourceDirectory = request.sourceDirectory();
        this.organization = new SourceFolder(request.sourceDirectory(), request.displayBase()).loadOrganization(reading);
        this.problems = reading.list();
    }

    /**
     * What is wrong with an answer to one of {@link #write}'s questions, if anything; a grade is
     * not checked when the organization's data could not be read ({@link #write} says why).
     */
    public Optional<String> answerProblem(Question question, String answer) {
        return switch (question) {
            case TITLE -> Optional.empty();
            case DUTY_STATION -> NoticeScaffold.dutyStationProblem(answer);
            case GRADE -> organization.flatMap(known -> NoticeScaffold.gradeProblem(answer, known));
        };
    }

    /**
     * A new notice in the notices folder, named after its title, with the organization's defaults
     * and TODO placeholders, marked as a draft.
     *
     * @return the file written; empty, with the problems, when the organization's data cannot be read
     * @throws java.nio.file.FileAlreadyExistsException when the file exists: it is never replaced
     */
    public NewNotice write(String title, String grade, String dutyStation, LocalDate day) throws IOException {
        if (organization.isEmpty()) {
            return new NewNotice(Optional.empty(), problems);
        }
        return new NewNotice(Optional.of(NoticeScaffold.create(sourceDirectory, title, grade, dutyStation, day,
                organization.get())), problems);
    }
}
