package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is replaced by the site as a whole, so a mistyped one must never take the
 * sources, a project or a repository with it: each refusal happens before anything is written.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    /** A repository holding the notices, as an organization's is: {@code .git}, a README, {@code notices/}. */
    private Path repository() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("careers-repo"));
        Files.createDirectories(repository.resolve(".git/objects"));
        Files.writeString(repository.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(repository.resolve("README.md"), "# Our notices\n");
        Path notices = repository.resolve("notices");
        Fixtures.folderWith(dir, "one", Fixtures.validNotice());
        try (Stream<Path> files = Files.walk(dir.resolve("notices"))) {
            for (Path file : files.toList()) {
                Files.copy(file, notices.resolve(dir.resolve("notices").relativize(file).toString()));
            }
        }
        return repository;
    }

    /** Every file under {@code root} with its content: what must come out of a refused build unchanged. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }

    private static String refusal(BuildResult result) {
        assertFalse(result.succeeded(), "the build must fail");
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0).toString();
    }

    @Test
    void theRepositoryHoldingTheNoticesIsNeverTheOutputFolder() throws IOException {
        Path repository = repository();
        Map<String, String> before = contents(repository);
        // -Dvacancy.outputDirectory=. from the repository's root.
        BuildRequest request = Fixtures.request(repository.resolve("notices"), repository).withDisplayBase(repository);
        for (BuildResult result : List.of(new Generator(request).build(), new Generator(request).html(),
                new Generator(request).pdf())) {
            String message = refusal(result);
            assertTrue(message.contains("contains the notices folder") && message.contains("choose a folder of its own"),
                    message);
        }
        assertEquals(before, contents(repository), "nothing of the repository changed");
        assertEquals(List.of("careers-repo", "notices"), names(dir), "no lock, stamp or staging folder beside it");
    }

    @Test
    void theNoticesFolderItselfOrAFolderAboveItIsRefused() throws IOException {
        Path repository = repository();
        Path notices = repository.resolve("notices");
        Map<String, String> before = contents(repository);
        assertTrue(refusal(new Generator(Fixtures.request(notices, notices)).build())
                .contains("is the notices folder: publishing would replace it"));
        assertTrue(refusal(new Generator(Fixtures.request(notices, dir)).build()).contains("contains the notices folder"));
        assertEquals(before, contents(repository));
    }

    @Test
    void aFolderAboveTheTemplatesOrTheRepositoryRootIsRefused() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("web/templates"));
        Files.writeString(templates.resolve("notice.ftlh"), "<p>${notice.title}</p>");
        Path notices = Fixtures.folderWith(dir, "one", Fixtures.validNotice());
        String message = refusal(new Generator(Fixtures.request(notices, dir.resolve("web"), templates)).build());
        assertTrue(message.contains("contains the template folder"), message);
        assertTrue(Files.exists(templates.resolve("notice.ftlh")));

        Path repository = repository();
        Path elsewhere = Files.createDirectories(dir.resolve("other"));
        // The notices are in a repository below the output folder, reached from another working directory.
        message = refusal(new Generator(Fixtures.request(repository.resolve("notices"), repository.resolve(".."))
                .withDisplayBase(elsewhere)).build());
        assertTrue(message.contains("contains the notices folder"), message);
    }

    @Test
    void aProjectFolderOrAFolderOfOtherFilesIsRefused() throws IOException {
        Path notices = Fixtures.folderWith(dir, "one", Fixtures.validNotice());
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        String message = refusal(new Generator(Fixtures.request(notices, project)).build());
        assertTrue(message.contains("is a project or repository folder (it holds pom.xml)"), message);

        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(photos.resolve("holiday.jpg"), "not a site");
        message = refusal(new Generator(Fixtures.request(notices, photos)).build());
        assertTrue(message.contains("holds files that Vacancy Press did not publish (such as holiday.jpg)"), message);
        assertEquals("not a site", Files.readString(photos.resolve("holiday.jpg")));

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertTrue(new Generator(Fixtures.request(notices, empty)).html().succeeded(), "an empty folder is fine");
    }

    @Test
    void aFileAtTheOutputPathIsNotReplacedByAFolder() throws IOException {
        Path notices = Fixtures.folderWith(dir, "one", Fixtures.validNotice());
        Path file = Files.writeString(dir.resolve("careers"), "my notes");
        String message = refusal(new Generator(Fixtures.request(notices, file)).build());
        assertTrue(message.contains("is a file, not a folder"), message);
        assertEquals("my notes", Files.readString(file));
    }

    @Test
    void theRootOfTheFileSystemIsRefusedWithAMessage() {
        Path notices = Fixtures.folderWith(dir, "one", Fixtures.validNotice());
        String message = refusal(new Generator(Fixtures.request(notices, Path.of("/"))).build());
        assertTrue(message.contains("is the root of the file system"), message);
    }

    @Test
    void publishingRemovesOnlyWhatAPreviousBuildPublished() throws IOException {
        Path notices = Fixtures.folderWith(dir, "one", Fixtures.validNotice());
        Files.writeString(notices.resolve("two.yaml"), Fixtures.validNotice().replace("VN 2018/195 (P)", "VN 2030/2 (P)"));
        Path site = dir.resolve("site");
        assertTrue(new Generator(Fixtures.request(notices, site).withBaseUrl(java.net.URI.create("https://x.org/")))
                .build().succeeded());
        assertTrue(Files.exists(site.resolve("feed.xml")));
        // Someone's own file in the published site, e.g. a custom domain for the web host.
        Files.writeString(site.resolve("CNAME"), "careers.example.org");
        Files.delete(notices.resolve("two.yaml"));
        assertTrue(new Generator(Fixtures.request(notices, site)).build().succeeded());
        assertFalse(Files.exists(site.resolve("two.html")), "the page of a deleted notice is gone");
        assertFalse(Files.exists(site.resolve("two.pdf")));
        assertFalse(Files.exists(site.resolve("feed.xml")), "a list no longer published is gone");
        assertEquals("careers.example.org", Files.readString(site.resolve("CNAME")), "a file not published is kept");
        assertTrue(Files.exists(site.resolve("one.html")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
