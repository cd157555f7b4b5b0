package org.vacancypress.core.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;

/**
 * Notices as an earlier build read and checked them, so that a build reads only the files that
 * changed. Safe to use from the build's threads.
 */
public interface NoticeStore {

    /** A store that keeps nothing: every notice is read. */
    NoticeStore NONE = new NoticeStore() {
        @Override
        public Optional<Kept> kept(Path file, Problems problems) {
            return Optional.empty();
        }

        @Override
        public void keep(Path file, Notice notice, List<Problem> found) {
        }

        @Override
        public void loaded() {
        }
    };

    /**
     * A notice as kept: what a build needs of it unless it renders it, and the rest when it does.
     *
     * @param outline the notice's {@link Notice#outline() outline}
     * @param textWords what the site's search finds it by in the texts the outline lacks
     * @param whole the notice whole, read from the store when asked; empty when it cannot be
     * @param contentHash the SHA-256 (hex) of the file's bytes it was checked from: the file
     *     read again when {@code whole} cannot be must still hold them
     */
    record Kept(Notice outline, String textWords, Supplier<Optional<Notice>> whole, String contentHash) {
    }

    /**
     * The notice in {@code file} as kept, its problems added to {@code problems}; empty when
     * the file, or what it was checked against, changed since.
     */
    Optional<Kept> kept(Path file, Problems problems);

    /** Keeps a notice read whole with no error, with what its checks found. */
    void keep(Path file, Notice notice, List<Problem> found);

    /** The load is over: the files not asked about are forgotten, and what is kept is saved. */
    void loaded();
}
