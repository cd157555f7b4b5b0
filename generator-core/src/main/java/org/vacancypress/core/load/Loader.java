package org.vacancypress.core.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.parallel.Beside;
import org.vacancypress.core.parallel.Workers;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.OutOfMemory;
import org.vacancypress.core.problem.Problem;
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
            List<Notice> notices, int found, HeldNotices held) {

        public Sources {
            notices = List.copyOf(notices);
        }

        /** Nothing read: the build stopped before loading. */
        public static Sources none() {
            return new Sources(Optional.empty(), List.of(), 0, HeldNotices.none());
        }
    }

    /** The organization's data as read and translated, and what reading it found. */
    private record ReadOrganization(Optional<Organization> organization,
            Optional<Map<Language, OrganizationTranslator.Translated>> translated, List<Problem> problems) {
    }

    private final SourceFolder folder;
    private final long memoryForNotices;
    /** The organization's data, when its reading was started before loading. */
    private Optional<CompletableFuture<ReadOrganization>> organizationReading = Optional.empty();

    /**
     * The memory a build sets aside for whole notices: an eighth of the heap, since the others'
     * outlines, the caches and the rendering need the rest (100,000 notices' pages build in 1 GiB).
     */
    public static long memoryForNotices() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    /** @param memoryForNotices how much memory the notices may take whole; past it, each is read again to be rendered */
    public Loader(Path sourceDirectory, Path displayBase, long memoryForNotices) {
        this.folder = new SourceFolder(sourceDirectory, displayBase);
        this.memoryForNotices = memoryForNotices;
    }

    /**
     * Starts reading the organization's data on a thread of its own, for {@link #load} and for
     * what else needs it alone ({@link #organization}: the templates, read while the notices are).
     */
    public Loader readingOrganization() {
        organizationReading = Optional.of(Beside.start("organization reader", this::readOrganization));
        return this;
    }

    /**
     * The organization's data in every language, from the reading {@link #readingOrganization}
     * started, waited for; empty when it cannot be read or was not started.
     */
    public Optional<Map<Language, OrganizationTranslator.Translated>> organization() {
        return organizationReading.map(Beside::join).flatMap(ReadOrganization::translated);
    }

    private ReadOrganization readOrganization() {
        Problems found = new Problems();
        Optional<Organization> read = folder.loadOrganization(found);
        return new ReadOrganization(read, read.map(OrganizationTranslator::translateAll), found.list());
    }

    /**
     * @param checks the checks of each notice against the organization, run on the thread
     *     that read it, as soon as it is read: a file depends on no other, and a store keeps
     *     what they find with the notice
     * @param store where notices read by earlier builds are taken from, when their files did not change
     */
    public Sources load(Workers workers, Function<Organization, BiConsumer<Notice, Problems>> checks, NoticeStore store,
            Problems problems) {
        List<Path> files = folder.noticeFiles(problems);
        // No notices folder: the organization's data is not looked for, nor reported missing.
        Optional<ReadOrganization> read = files.isEmpty() && problems.hasErrors() ? Optional.empty()
                : Optional.of(organizationReading.map(Beside::join).orElseGet(this::readOrganization));
        read.ifPresent(found -> found.problems().forEach(problems::add));
        Optional<Organization> organization = read.flatMap(ReadOrganization::organization);
        Optional<BiConsumer<Notice, Problems>> check = organization.map(checks);
        Language language = organization.map(Organization::language).orElse(Language.EN);
        Optional<Vocabularies> vocabularies = organization.map(Organization::vocabularies);
        HeldNotices held = new HeldNotices(memoryForNotices, folder, language, vocabularies);
        List<Notice> notices;
        try {
            notices = workers.each(files, file -> {
                try {
                    return check.isPresent()
                            ? loadNotice(file, language, vocabularies, check.get(), store, held, problems)
                            : folder.noticeBytes(file, problems).flatMap(bytes -> folder.bindNotice(file, bytes, language,
                                    vocabularies, problems).filter(NoticeBinder.Bound::complete)
                                    .map(bound -> held.hold(bound.notice(), file, bytes)));
                } catch (OutOfMemoryError e) {
                    problems.error(Location.ofFile(folder.display(file)), OutOfMemory.message("read"));
                    return Optional.<Notice>empty();
                }
            }).stream().flatMap(Optional::stream).toList();
        } catch (IOException e) {
            problems.error(Location.ofFile(folder.display(folder.directory())), "cannot read the notices: " + e.getMessage());
            notices = List.of();
        }
        check.ifPresent(any -> store.loaded());
        return new Sources(read.flatMap(ReadOrganization::translated), notices, files.size(), held);
    }

    /** One notice, kept or read and checked; one read whole with no error is kept. */
    private Optional<Notice> loadNotice(Path file, Language language, Optional<Vocabularies> vocabularies,
            BiConsumer<Notice, Problems> checks, NoticeStore store, HeldNotices held, Problems problems) {
        Optional<NoticeStore.Kept> kept = store.kept(file, problems);
        if (kept.isPresent()) {
            return kept.map(found -> held.hold(found, file));
        }
        Problems found = new Problems();
        Optional<byte[]> bytes = folder.noticeBytes(file, found);
        // A notice bound in part is checked too, so that one mistake hides none of the others.
        Optional<NoticeBinder.Bound> bound = bytes.flatMap(read -> folder.bindNotice(file, read, language,
                vocabularies, found));
        bound.ifPresent(read -> checks.accept(read.notice(), found));
        List<Problem> problemsFound = found.list();
        problemsFound.forEach(problems::add);
        Optional<Notice> complete = bound.filter(NoticeBinder.Bound::complete).map(NoticeBinder.Bound::notice);
        if (complete.isPresent() && !found.hasErrors()) {
            store.keep(file, complete.get(), problemsFound);
        }
        return complete.map(notice -> held.hold(notice, file, bytes.orElseThrow()));
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
