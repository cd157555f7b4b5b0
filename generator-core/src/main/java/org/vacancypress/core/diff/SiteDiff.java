package org.vacancypress.core.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vacancypress.core.BuildRequest;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;
import org.vacancypress.core.diff.NoticeChange.FactChange;
import org.vacancypress.core.diff.NoticeChange.Status;
import org.vacancypress.core.validate.NoticeValidator;

/**
 * What a change to a notices repository does to the published site, as a candidate would see
 * it: the notices folder (and templates) of a base revision, read from git, and as they are in
 * the work tree are each built into a site at the same moment, and the sites are compared
 * notice by notice.
 */
public final class SiteDiff {

    private SiteDiff() {
    }

    /**
     * The outcome: what was compared, the two builds, the notices changed.
     *
     * @param organizationFiles the organization's data files and templates that changed, relative to the notices
     *     folder (templates as {@code templates/<path>})
     */
    public record Result(GitRevisions.Base base, String moment, BuildResult before, BuildResult after,
            List<String> organizationFiles, List<NoticeChange> notices) {
    }

    /**
     * Builds {@code request}'s notices as they are and as they were at {@code base} (by default
     * the merge base with the main branch), in {@code work}, and compares the two sites.
     *
     * @throws IOException when the notices are in no git repository, or the revision names no commit
     */
    public static Result compare(BuildRequest request, Optional<String> base, Path work) throws IOException {
        try (GitRevisions git = GitRevisions.of(request.sourceDirectory()).orElseThrow(() -> new IOException(
                request.sourceDirectory() + " is in no git repository: vacancy:diff compares two revisions of it"))) {
            GitRevisions.Base from = base.isPresent()
                    ? new GitRevisions.Base(git.commit(base.get()).orElseThrow(() -> new IOException("'" + base.get()
                            + "' names no commit of the repository; give a branch, tag or commit with -Dvacancy.base=")),
                            base.get())
                    : git.mergeBaseWithMain().orElseThrow(() -> new IOException("the repository has no main or master"
                            + " branch to compare with; give the revision with -Dvacancy.base="));
            Path root = git.workTree();
            Path sources = request.sourceDirectory().toAbsolutePath().normalize();
            Optional<Path> templates = request.templateDirectory().map(t -> t.toAbsolutePath().normalize());
            Path checkout = work.resolve("base-sources");
            DiffFiles.refuseForeignWork(work);
            deleteTree(work);
            git.export(from.commit(), relative(root, sources), checkout);
            if (templates.isPresent() && templates.get().startsWith(root)) {
                git.export(from.commit(), relative(root, templates.get()), checkout);
            }
            // Both sites at one moment, so that only the change makes a notice open or closed.
            Clock moment = Clock.fixed(request.clock().instant(), ZoneOffset.UTC);
            BuildRequest after = moved(request, sources, templates, work.resolve("after"), moment);
            BuildRequest before = moved(request, checkout.resolve(relative(root, sources)),
                    templates.map(t -> t.startsWith(root) ? checkout.resolve(relative(root, t)) : t),
                    work.resolve("before"), moment);
            BuildResult afterResult = new Generator(after).build();
            BuildResult beforeResult = new Generator(before).build();
            List<String> shared = organizationFiles(before, after);
            List<NoticeChange> notices = new ArrayList<>();
            for (String name : pages(before.outputDirectory(), after.outputDirectory())) {
                compare(name, before, after).ifPresent(notices::add);
            }
            String day = request.today().map(Object::toString)
                    .orElse(moment.instant().truncatedTo(ChronoUnit.MINUTES).toString());
            return new Result(from, day, beforeResult, afterResult, shared, notices);
        }
    }

    private static String relative(Path root, Path folder) {
        return root.relativize(folder).toString().replace('\\', '/');
    }

    private static BuildRequest moved(BuildRequest request, Path sources, Optional<Path> templates, Path output,
            Clock moment) {
        return new BuildRequest(sources, output, templates, request.today(), moment, false, request.displayBase(),
                request.threads(), false, request.baseUrl(), request.closingSoonDays(), request.templateLimits(),
                request.archivePageSize());
    }

    /** The notice pages of either site, by name. */
    private static TreeSet<String> pages(Path... sites) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Path site : sites) {
            if (!Files.isDirectory(site)) {
                continue;
            }
            try (Stream<Path> files = Files.list(site)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".html"))
                        .map(name -> name.substring(0, name.length() - ".html".length()))
                        .filter(name -> !NoticeValidator.isSiteFile(name)).forEach(names::add);
            }
        }
        return names;
    }

    private static Optional<NoticeChange> compare(String name, BuildRequest before, BuildRequest after)
            throws IOException {
        Path oldPage = before.outputDirectory().resolve(name + ".html");
        Path newPage = after.outputDirectory().resolve(name + ".html");
        Optional<PageText> old = Files.isRegularFile(oldPage) ? Optional.of(PageText.read(oldPage)) : Optional.empty();
        Optional<PageText> now = Files.isRegularFile(newPage) ? Optional.of(PageText.read(newPage)) : Optional.empty();
        PageText empty = new PageText(Map.of(), List.of());
        List<FactChange> facts = facts(old.orElse(empty), now.orElse(empty));
        List<SentenceDiff.Line> sentences = SentenceDiff.align(old.orElse(empty).sentences(),
                now.orElse(empty).sentences());
        boolean pdf = !pdfText(before.outputDirectory().resolve(name + ".pdf"))
                .equals(pdfText(after.outputDirectory().resolve(name + ".pdf")));
        boolean textChanged = !facts.isEmpty() || sentences.stream().anyMatch(l -> l.kind() != SentenceDiff.Kind.SAME);
        if (!textChanged && !pdf) {
            return Optional.empty();
        }
        Status status = old.isEmpty() ? Status.ADDED : now.isEmpty() ? Status.REMOVED : Status.CHANGED;
        String title = now.or(() -> old).map(p -> p.facts().getOrDefault("Title", name)).orElse(name);
        boolean byOrganization = status == Status.CHANGED
                && sameNoticeFile(name, before.sourceDirectory(), after.sourceDirectory());
        return Optional.of(new NoticeChange(name, title, status, facts, sentences, pdf, byOrganization));
    }

    private static List<FactChange> facts(PageText old, PageText now) {
        List<String> labels = new ArrayList<>(now.facts().keySet());
        old.facts().keySet().stream().filter(label -> !labels.contains(label)).forEach(labels::add);
        List<FactChange> changes = new ArrayList<>();
        for (String label : labels) {
            String before = old.facts().getOrDefault(label, "");
            String after = now.facts().getOrDefault(label, "");
            if (!before.equals(after)) {
                changes.add(new FactChange(label, before, after));
            }
        }
        return changes;
    }

    private static boolean sameNoticeFile(String name, Path before, Path after) throws IOException {
        for (String extension : List.of(".yaml", ".yml")) {
            Path old = before.resolve(name + extension);
            Path now = after.resolve(name + extension);
            if (Files.isRegularFile(old) || Files.isRegularFile(now)) {
                return Files.isRegularFile(old) && Files.isRegularFile(now)
                        && Arrays.equals(Files.readAllBytes(old), Files.readAllBytes(now));
            }
        }
        return false;
    }

    /** The PDF's text with runs of spaces made one; empty for no PDF. */
    private static String pdfText(Path pdf) throws IOException {
        if (!Files.isRegularFile(pdf)) {
            return "";
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
        }
    }

    /** The organization's files (names starting with "_") and templates that differ between the two builds. */
    private static List<String> organizationFiles(BuildRequest before, BuildRequest after) throws IOException {
        TreeSet<String> changed = new TreeSet<>();
        differing(before.sourceDirectory(), after.sourceDirectory(), "", true, changed);
        if (before.templateDirectory().isPresent() || after.templateDirectory().isPresent()) {
            differing(before.templateDirectory().orElse(null), after.templateDirectory().orElse(null), "templates/",
                    false, changed);
        }
        return List.copyOf(changed);
    }

    private static void differing(Path before, Path after, String prefix, boolean organizationOnly,
            TreeSet<String> changed) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (Path folder : new Path[] {before, after}) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                        // The schema beside the notices is for editors: no build reads it.
                        .filter(file -> !organizationOnly || file.startsWith("_") && !file.startsWith("_schema/"))
                        .forEach(files::add);
            }
        }
        for (String file : files) {
            if (!Arrays.equals(bytes(before, file), bytes(after, file))) {
                changed.add(prefix + file);
            }
        }
    }

    private static byte[] bytes(Path folder, String file) throws IOException {
        return folder == null || !Files.isRegularFile(folder.resolve(file)) ? null : Files.readAllBytes(folder.resolve(file));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
