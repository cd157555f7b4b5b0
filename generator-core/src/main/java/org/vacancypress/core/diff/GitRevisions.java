package org.vacancypress.core.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** The git repository holding a notices folder, read through JGit: no git program is needed. */
public final class GitRevisions implements AutoCloseable {

    /** The branches a pull request is usually merged into, in the order they are looked for. */
    private static final List<String> MAIN_BRANCHES = List.of("main", "master", "origin/main", "origin/master");

    private final Repository repository;

    private GitRevisions(Repository repository) {
        this.repository = repository;
    }

    /** The repository {@code folder} is in; empty when it is in none. */
    public static Optional<GitRevisions> of(Path folder) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        return Optional.of(new GitRevisions(builder.setMustExist(true).build()));
    }

    public Path workTree() {
        return repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The commit a revision (a branch, a tag, a commit id, {@code HEAD~1}) names; empty when it names none. */
    public Optional<ObjectId> commit(String revision) throws IOException {
        return Optional.ofNullable(repository.resolve(revision + "^{commit}"));
    }

    /** The last commit the current branch shares with the main branch; empty when there is no main branch. */
    public Optional<Base> mergeBaseWithMain() throws IOException {
        Optional<ObjectId> head = commit(Constants.HEAD);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        for (String branch : MAIN_BRANCHES) {
            Optional<ObjectId> main = commit(branch);
            if (main.isPresent()) {
                try (RevWalk walk = new RevWalk(repository)) {
                    walk.setRevFilter(RevFilter.MERGE_BASE);
                    walk.markStart(walk.parseCommit(head.get()));
                    walk.markStart(walk.parseCommit(main.get()));
                    RevCommit base = walk.next();
                    if (base != null) {
                        return Optional.of(new Base(base.copy(), "the merge base of HEAD and " + branch));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A commit to compare with, and how it was chosen, for the report. */
    public record Base(ObjectId commit, String chosen) {
        public String shortId() {
            return commit.abbreviate(10).name();
        }
    }

    /**
     * Writes the files of {@code commit} under {@code folder} (relative to the work tree, with
     * {@code /}) into the same place under {@code into}. Links and submodules are left out.
     */
    public void export(ObjectId commit, String folder, Path into) throws IOException {
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            if (!folder.isEmpty()) {
                tree.setFilter(PathFilter.create(folder));
            }
            while (tree.next()) {
                if ((tree.getRawMode(0) & 0170000) != 0100000) {
                    continue;
                }
                Path file = into.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(into)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.write(file, repository.open(tree.getObjectId(0)).getBytes());
            }
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
