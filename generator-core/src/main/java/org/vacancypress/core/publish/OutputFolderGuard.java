package org.vacancypress.core.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.vacancypress.core.incremental.BuildCache;

/**
 * Refuses, before anything is written, an output folder whose replacement by the site would
 * destroy what is not the site: the sources, a project, a repository, a home folder, a file.
 * Publishing replaces the output folder as a whole, so a mistyped {@code outputDirectory} such
 * as {@code .} must be stopped here and not discovered afterwards.
 */
public final class OutputFolderGuard {

    /** Files that mark a folder as a project or a version-control working tree. */
    private static final List<String> PROJECT_MARKERS = List.of(".git", ".hg", ".svn", ".bzr", "_darcs", "pom.xml",
            "build.gradle", "build.gradle.kts", "package.json");
    private static final List<String> VERSION_CONTROL = List.of(".git", ".hg", ".svn", ".bzr", "_darcs");
    private static final String CHOOSE = "; choose a folder of its own for the site, such as target/careers"
            + " (vacancy.outputDirectory)";
    /**
     * What a build keeps beside the output folder, as {@code .<folder>.<kind>}: the stamp, the
     * notice cache, the files' hashes and the lists' checksums, each written whole by a move
     * over the last one.
     */
    private static final List<String> KEPT_BESIDE = List.of("stamp", "notices", "hashes", "lists");
    /** Where proofreading's findings are kept between builds: {@code <folder>.proofreading} beside the site. */
    public static final String PROOFREADING = ".proofreading";
    /** How each file the build keeps beside the site begins. */
    private static final byte[] KEPT_HEADER = "vacancy-press ".getBytes(StandardCharsets.US_ASCII);

    private OutputFolderGuard() {
    }

    /**
     * Why the site must not be published to {@code output}, if it must not.
     *
     * @param protectedFolders folders the site may never replace, by what they are to the user
     *     ("the notices folder"); a folder that does not exist is ignored
     */
    public static Optional<String> refusal(Path output, Map<String, Path> protectedFolders) {
        Path folder = real(output);
        if (folder.getParent() == null) {
            return Optional.of("the output folder " + folder + " is the root of the file system: publishing replaces"
                    + " the output folder as a whole" + CHOOSE);
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output)) {
            return Optional.of("the output folder " + output + " is a file, not a folder: publishing would replace it"
                    + " with the site" + CHOOSE);
        }
        for (Map.Entry<String, Path> kept : protectedFolders.entrySet()) {
            Optional<String> inside = contains(folder, kept.getKey(), kept.getValue());
            if (inside.isPresent()) {
                return inside;
            }
            Optional<Path> repository = versionControlRoot(real(kept.getValue()));
            if (repository.isPresent()) {
                inside = contains(folder, "the repository of " + kept.getKey(), repository.get());
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        Optional<String> home = Optional.ofNullable(System.getProperty("user.home"))
                .flatMap(user -> contains(folder, "your home folder", Path.of(user)));
        if (home.isPresent()) {
            return home;
        }
        Optional<String> beside = foreignFileBeside(output.toAbsolutePath().normalize());
        if (beside.isPresent()) {
            return beside;
        }
        Optional<Path> mark = BuildFolders.foreignMark(output.toAbsolutePath().normalize());
        if (mark.isPresent()) {
            return Optional.of("the file " + mark.get() + " in the output folder is not one Vacancy Press wrote, and"
                    + " each build writes a file of that name there for a moment, then removes it; move the file"
                    + " away, or choose another output folder (vacancy.outputDirectory)");
        }
        return Files.isDirectory(folder) ? foreignContent(folder) : Optional.empty();
    }

    /**
     * A file of the user's under a name the build keeps its own beside the output folder: each
     * build would replace it. Empty, or beginning as the build's own files do, it is the build's.
     */
    private static Optional<String> foreignFileBeside(Path output) {
        List<Path> files = new ArrayList<>();
        for (String kind : KEPT_BESIDE) {
            files.add(output.resolveSibling("." + output.getFileName() + "." + kind));
            files.add(output.resolveSibling("." + output.getFileName() + "." + kind + ".partial"));
        }
        files.add(output.resolveSibling(output.getFileName() + PROOFREADING));
        for (Path file : files) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !keptByABuild(file)) {
                return Optional.of("the file " + file + " beside the output folder is not one Vacancy Press"
                        + " wrote, and each build replaces that file with its own (what it keeps for the next"
                        + " build); move the file away, or choose another output folder (vacancy.outputDirectory)");
            }
        }
        return Optional.empty();
    }

    private static boolean keptByABuild(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(KEPT_HEADER.length);
            return start.length == 0 || Arrays.equals(start, KEPT_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> contains(Path folder, String what, Path kept) {
        Path real = real(kept);
        if (!Files.exists(real) || !real.startsWith(folder)) {
            return Optional.empty();
        }
        String relation = real.equals(folder) ? " is " : " contains ";
        return Optional.of("the output folder " + folder + relation + what + (real.equals(folder) ? "" : " " + real)
                + ": publishing would replace it with the site" + CHOOSE);
    }

    /** A folder the generator did not make, holding files: publishing into it would delete them. */
    private static Optional<String> foreignContent(Path folder) {
        for (String marker : PROJECT_MARKERS) {
            if (Files.exists(folder.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("the output folder " + folder + " is a project or repository folder (it holds "
                        + marker + "): publishing would replace it with the site" + CHOOSE);
            }
        }
        if (Files.exists(folder.resolve(BuildCache.MANIFEST))) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            Optional<Path> some = entries.findFirst();
            return some.map(entry -> "the output folder " + folder + " holds files that Vacancy Press did not publish"
                    + " (such as " + entry.getFileName() + ") and no " + BuildCache.MANIFEST
                    + ": publishing would delete them" + CHOOSE + ", or an empty one");
        } catch (IOException e) {
            return Optional.of("cannot read the output folder " + folder + ": " + e.getMessage() + CHOOSE);
        }
    }

    /** The nearest folder at or above {@code folder} that is a version-control working tree. */
    private static Optional<Path> versionControlRoot(Path folder) {
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            for (String marker : VERSION_CONTROL) {
                if (Files.exists(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.of(dir);
                }
            }
        }
        return Optional.empty();
    }

    /** The path with every existing part resolved through links, so that two names of one folder compare equal. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
