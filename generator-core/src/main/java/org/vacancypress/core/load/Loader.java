package org.vacancypress.core.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.parallel.Workers;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.OutOfMemory;
import org.vacancypress.core.problem.Problems;

/**
 * The load step: the organization's data (translated into every language once) and every
 * notice file of the notices folder, read and bound on the build's threads.
 */
public final class Loader {

    /**
     * What the notices folder holds.
     *
     * @param organization in every language; empty when it could not be read
     * @param found how many notice files the folder holds, read or not
     */
    public record Sources(Optional<Map<Language, OrganizationTranslator.Translated>> organization,
            List<Notice> notices, int found) {

        public Sources {
            notices = List.copyOf(notices);
        }

        /** Nothing read: the build stopped before loading. */
        public static Sources none() {
            return new Sources(Optional.empty(), List.of(), 0);
        }
    }

    private final SourceFolder folder;

    public Loader(Path sourceDirectory, Path displayBase) {
        this.folder = new SourceFolder(sourceDirectory, displayBase);
    }

    /**
     * @param checks the checks of each notice against the organization, run on the thread
     *     that read it, as soon as it is read: a file depends on no other
     */
    public Sources load(Workers workers, Function<Organization, Consumer<Notice>> checks, Problems problems) {
        List<Path> files = folder.noticeFiles(problems);
        Optional<Organization> organization = files.isEmpty() && problems.hasErrors() ? Optional.empty()
                : folder.loadOrganization(problems);
        Optional<Consumer<Notice>> check = organization.map(checks);
        Language language = organization.map(Organization::language).orElse(Language.EN);
        Optional<Vocabularies> vocabularies = organization.map(Organization::vocabularies);
        List<Notice> notices;
        try {
            notices = workers.each(files, file -> {
                try {
                    // A notice bound in part is checked too, so that one mistake hides none of the others.
                    return folder.loadNotice(file, language, vocabularies, problems).flatMap(bound -> {
                        check.ifPresent(c -> c.accept(bound.notice()));
                        return Optional.of(bound.notice()).filter(notice -> bound.complete());
                    });
                } catch (OutOfMemoryError e) {
                    problems.error(Location.ofFile(folder.display(file)), OutOfMemory.message("read"));
                    return Optional.<Notice>empty();
                }
            }).stream().flatMap(Optional::stream).toList();
        } catch (IOException e) {
            problems.error(Location.ofFile(folder.display(folder.directory())), "cannot read the notices: " + e.getMessage());
            notices = List.of();
        }
        return new Sources(organization.map(OrganizationTranslator::translateAll), notices, files.size());
    }

    /** Each file or folder of the notices folder a build does not read, with the reason, as log lines. */
    public List<String> notRead() {
        return folder.notRead();
    }

    /** How messages name a file. */
    public String display(Path file) {
        return folder.display(file);
    }
}
