package org.vacancypress.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.model.Organization;

/**
 * A notices folder: notice files ({@code *.yaml}, {@code *.yml}) and the organization's data
 * files, whose names start with {@code _}. Names starting with {@code .} (editor and system
 * files) and other extensions (backups such as {@code x.yaml~}) are not read.
 */
public final class SourceFolder {

    public static final String ORGANIZATION_FILE = "_organization.yaml";
    public static final String MEMBER_STATES_FILE = "_data/non-represented-member-states.yaml";
    public static final String COMPETENCIES_FILE = "_data/competencies.yaml";
    /** Optional: what the organization pays by grade and duty station, for notices stating no salary. */
    public static final String SALARY_SCALES_FILE = "_data/salary-scales.yaml";
    /**
     * The organization's logo, the first of these that exists: the site's header, favicon and
     * shared links show it, and the head of every PDF. SVG, PNG and JPEG are what browsers and
     * the PDF renderer both draw.
     */
    public static final List<String> LOGO_FILES = List.of("_data/logo.svg", "_data/logo.png", "_data/logo.jpg");
    /** The organization's texts in another language: {@code _i18n/fr.yaml} and so on. */
    public static final String TRANSLATIONS_FOLDER = "_i18n";

    private static final int MAX_NOT_READ = 100;
    /** Notice names become page addresses. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path directory;
    private final Path displayBase;

    /** @param displayBase messages name files relative to this folder (usually the working directory) */
    public SourceFolder(Path directory, Path displayBase) {
        this.directory = directory.toAbsolutePath().normalize();
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** The notice files, sorted by name; a missing folder is reported. */
    public List<Path> noticeFiles(Problems problems) {
        if (!Files.isDirectory(directory)) {
            problems.error(Location.ofFile(display(directory)),
                    "the notices folder does not exist; set vacancy.sourceDirectory to the folder of your notices");
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> isNoticeName(file.getFileName().toString())).sorted()
                    .filter(file -> noticeFile(file, problems)).toList();
        } catch (IOException e) {
            problems.error(Location.ofFile(display(directory)), "cannot list the notices folder: " + e.getMessage());
            return List.of();
        }
    }

    private static boolean isNoticeFile(Path file) {
        return isNoticeName(file.getFileName().toString()) && Files.isRegularFile(file);
    }

    private static boolean isNoticeName(String name) {
        return !name.startsWith("_") && !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /**
     * Whether a file named as a notice is one: a regular file, or a link to one inside the
     * folder. A file that is no link is in the folder: only a link needs its real path (a build
     * lists the folder three times, and most folders hold no link).
     */
    private boolean noticeFile(Path file, Problems problems) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            // Gone since it was listed: as a file that is not regular, not read.
            return false;
        }
        return attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)
                && inside(file, problems);
    }

    /** A link in the notices folder must not lead out of it: the folder is all a build may read. */
    private boolean inside(Path file, Problems problems) {
        try {
            if (file.toRealPath().startsWith(directory.toRealPath())) {
                return true;
            }
        } catch (IOException e) {
            problems.error(Location.ofFile(display(file)), "cannot read file: " + e.getMessage());
            return false;
        }
        problems.error(Location.ofFile(display(file)), "the file is a link to a file outside the notices folder;"
                + " copy the file into the folder instead");
        return false;
    }

    public Optional<Organization> loadOrganization(Problems problems) {
        Path file = directory.resolve(ORGANIZATION_FILE);
        if (!Files.isRegularFile(file)) {
            problems.error(Location.ofFile(display(file)), "the organization's data file is missing: create "
                    + ORGANIZATION_FILE + " in the notices folder (see NOTICE-FORMAT.md)");
            return Optional.empty();
        }
        Map<Language, OrganizationBinder.Source> translations = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String relative = translationFile(language);
            if (Files.isRegularFile(directory.resolve(relative))) {
                translations.put(language, read(directory.resolve(relative), problems));
            }
        }
        return OrganizationBinder.bind(read(file, problems), readIfPresent(MEMBER_STATES_FILE, problems),
                readIfPresent(COMPETENCIES_FILE, problems), readIfPresent(SALARY_SCALES_FILE, problems), translations,
                problems);
    }

    /** Where the organization's texts in {@code language} are, relative to the notices folder. */
    public static String translationFile(Language language) {
        return TRANSLATIONS_FOLDER + "/" + language.id() + ".yaml";
    }

    /** The notice in {@code file}, bound as far as it can be (see {@link NoticeBinder#bindAll}). */
    public Optional<NoticeBinder.Bound> loadNotice(Path file, Language organizationLanguage,
            Optional<Vocabularies> vocabularies, Problems problems) {
        return noticeBytes(file, problems)
                .flatMap(bytes -> bindNotice(file, bytes, organizationLanguage, vocabularies, problems));
    }

    /** The bytes of a notice file whose name can be a page's address; empty when not (the reasons are in {@code problems}). */
    Optional<byte[]> noticeBytes(Path file, Problems problems) {
        String name = noticeName(file);
        if (!NAME.matcher(name).matches()) {
            String suggestion = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            problems.error(Location.ofFile(display(file)), "the file name becomes the page's address: use lower-case"
                    + " letters, digits and dashes, e.g. rename it to " + suggestion + ".yaml");
            return Optional.empty();
        }
        return YamlLoader.read(file, display(file), problems);
    }

    /** The notice in {@code bytes}, as read from {@code file}, bound as far as it can be. */
    Optional<NoticeBinder.Bound> bindNotice(Path file, byte[] bytes, Language organizationLanguage,
            Optional<Vocabularies> vocabularies, Problems problems) {
        String displayName = display(file);
        return YamlLoader.parse(bytes, displayName, problems)
                .flatMap(root -> NoticeBinder.bindAll(root, noticeName(file), displayName, Optional.of(file),
                        organizationLanguage, vocabularies, problems));
    }

    private static String noticeName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private OrganizationBinder.Source readIfPresent(String relative, Problems problems) {
        Path file = directory.resolve(relative);
        return Files.isRegularFile(file) ? read(file, problems)
                : new OrganizationBinder.Source(Optional.empty(), display(file));
    }

    private OrganizationBinder.Source read(Path file, Problems problems) {
        String displayName = display(file);
        Optional<YamlNode> root = inside(file, problems) ? YamlLoader.load(file, displayName, problems) : Optional.empty();
        return new OrganizationBinder.Source(root, displayName);
    }

    /** The path as messages show it: relative to the display base when inside it, {@link Location#printable}. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute) : absolute;
        return Location.printable(shown.toString().replace('\\', '/'));
    }

    /**
     * Every file and folder in the notices folder that a build does not read, each with the
     * reason, as log lines: a notice saved as {@code Test.YAML} or in a subfolder would
     * otherwise be missing from the site without a word. At most {@value #MAX_NOT_READ} lines.
     */
    public List<String> notRead() {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                notRead(entry, lines);
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        if (lines.size() > MAX_NOT_READ) {
            int more = lines.size() - MAX_NOT_READ;
            lines = new ArrayList<>(lines.subList(0, MAX_NOT_READ));
            lines.add("Not read: " + more + " more files");
        }
        return List.copyOf(lines);
    }

    private void notRead(Path entry, List<String> lines) throws IOException {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        if (name.startsWith(".")) {
            lines.add(notRead(entry, "hidden (its name starts with a dot)"));
        } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            folderNotRead(entry, name, lines);
        } else if (name.startsWith("_")) {
            if (!name.equals(ORGANIZATION_FILE)) {
                lines.add(notRead(entry, "names starting with _ are the organization's data files, and the only one"
                        + " at the top is " + ORGANIZATION_FILE));
            }
        } else if (yaml && !isNoticeFile(entry)) {
            lines.add(notRead(entry, Files.isRegularFile(entry) ? "a notice's name ends in .yaml or .yml in lower"
                    + " case; rename it to " + name.substring(0, name.lastIndexOf('.')) + ".yaml" : "not a file"));
        } else if (!yaml) {
            lines.add(notRead(entry, "not a notice: notices are .yaml or .yml files"));
        }
    }

    /** The data folders hold known files; any other folder is not read, notices in it included. */
    private void folderNotRead(Path folder, String name, List<String> lines) throws IOException {
        List<String> read = name.equals("_data") ? dataFiles()
                : name.equals(TRANSLATIONS_FOLDER) ? Stream.of(Language.values()).filter(l -> l != Language.EN)
                        .map(SourceFolder::translationFile).toList() : List.of();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(file -> !file.equals(folder) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .sorted().limit(MAX_NOT_READ + 1L).toList();
        }
        String reason = read.isEmpty() ? "in a subfolder; notices are read only from the notices folder itself"
                : "not one of the files a build reads in " + name + " (NOTICE-FORMAT.md lists them)";
        List<Path> unread = files.stream()
                .filter(file -> !read.contains(directory.relativize(file).toString().replace('\\', '/'))).toList();
        if (files.isEmpty() && read.isEmpty()) {
            lines.add(notRead(folder, "a folder, and notices are files"));
        }
        unread.forEach(file -> lines.add(notRead(file, reason)));
    }

    /** The files of {@code _data} a build reads: the organization's lists, its logo, its proofreading words. */
    private static List<String> dataFiles() {
        List<String> files = new ArrayList<>(List.of(MEMBER_STATES_FILE, COMPETENCIES_FILE, ProofreadingFiles.DICTIONARY,
                ProofreadingFiles.SETTINGS));
        files.addAll(LOGO_FILES);
        Stream.of(Language.values()).map(ProofreadingFiles::dictionary).forEach(files::add);
        return files;
    }

    private String notRead(Path file, String reason) {
        return "Not read: " + display(file) + ": " + reason;
    }
}
