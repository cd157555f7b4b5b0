package org.vacancypress.core.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
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
    /** The organization's logo, the first of these that exists: the site's header, favicon and shared links show it. */
    public static final List<String> LOGO_FILES = List.of("_data/logo.svg", "_data/logo.png");
    /** The organization's texts in another language: {@code _i18n/fr.yaml} and so on. */
    public static final String TRANSLATIONS_FOLDER = "_i18n";

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
            return files.filter(SourceFolder::isNoticeFile).sorted().filter(file -> inside(file, problems)).toList();
        } catch (IOException e) {
            problems.error(Location.ofFile(display(directory)), "cannot list the notices folder: " + e.getMessage());
            return List.of();
        }
    }

    private static boolean isNoticeFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("_") && !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"))
                && Files.isRegularFile(file);
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
            if (language != Language.EN && Files.isRegularFile(directory.resolve(relative))) {
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

    public Optional<Notice> loadNotice(Path file, Problems problems) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        if (!NAME.matcher(name).matches()) {
            String suggestion = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            problems.error(Location.ofFile(display(file)), "the file name becomes the page's address: use lower-case"
                    + " letters, digits and dashes, e.g. rename it to " + suggestion + ".yaml");
            return Optional.empty();
        }
        String displayName = display(file);
        return YamlLoader.load(file, displayName, problems)
                .flatMap(root -> NoticeBinder.bind(root, name, displayName, Optional.of(file), problems));
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

    /** The path as messages show it: relative to the display base when inside it. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
