package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.diff.DiffFiles;
import org.vacancypress.core.diff.DiffReport;
import org.vacancypress.core.diff.NoticeChange;
import org.vacancypress.core.diff.SentenceDiff;
import org.vacancypress.core.diff.SiteDiff;

/**
 * vacancy:diff on a repository made here with JGit: a branch changes the organization's
 * introduction (every notice), one notice's grade and one of its duties.
 */
class DiffTest {

    private static final String COORDINATOR = "protection-coordinator-tripoli-2018";
    private static final String OFFICER = "protection-officer-policy-capacity-development-libya-2025";
    private static final String INTRODUCTION_BEFORE = "It does so by providing services and advice to governments and"
            + " migrants.";
    private static final String INTRODUCTION_AFTER = "It does so by providing services and advice to governments,"
            + " migrants and host communities.";
    private static final String DUTY_BEFORE = "Coordinate and supervise the budget expenditures dedicated to the"
            + " protection activities in country and seize new funding opportunities for protection.";
    private static final String DUTY_AFTER = "Coordinate and supervise the budget expenditures dedicated to the"
            + " protection activities in the country.";

    @TempDir
    static Path dir;
    static SiteDiff.Result result;
    static Path notices;

    @BeforeAll
    static void twoCommits() throws IOException, GitAPIException {
        Path repository = dir.resolve("repository");
        notices = Fixtures.folderWith(repository, COORDINATOR, Fixtures.validNotice());
        Files.copy(Fixtures.NOTICES.resolve(OFFICER + ".yaml"), notices.resolve(OFFICER + ".yaml"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Two notices").setAuthor("HR", "hr@example.org").setSign(false).call();
            git.checkout().setCreateBranch(true).setName("proposal").call();
            replace(notices.resolve("_organization.yaml"), INTRODUCTION_BEFORE, INTRODUCTION_AFTER);
            replace(notices.resolve(COORDINATOR + ".yaml"), "grade: P-3", "grade: P-4");
            replace(notices.resolve(COORDINATOR + ".yaml"), DUTY_BEFORE, DUTY_AFTER);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("A wider introduction; the coordinator at P-4").setAuthor("HR", "hr@example.org")
                    .setSign(false).call();
        }
        result = SiteDiff.compare(Fixtures.request(notices, dir.resolve("unused")).withThreads(2), Optional.empty(),
                dir.resolve(DiffFiles.WORK));
    }

    private static void replace(Path file, String before, String after) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(before), file + " holds " + before);
        Files.writeString(file, text.replace(before, after));
    }

    private static NoticeChange notice(String name) {
        return result.notices().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<SentenceDiff.Line> changed(String before, String after) {
        return List.of(new SentenceDiff.Line(SentenceDiff.Kind.CHANGED, Optional.of(before), Optional.of(after)));
    }

    @Test
    void theBaseIsTheMergeBaseWithMain() {
        assertEquals("the merge base of HEAD and main", result.base().chosen());
        assertEquals(List.of("_organization.yaml"), result.organizationFiles());
        assertEquals(List.of(COORDINATOR, OFFICER), result.notices().stream().map(NoticeChange::name).toList());
    }

    @Test
    void aChangeOnlyToTheOrganizationsDataReachesTheOtherNoticeAndIsSaidSo() {
        NoticeChange officer = notice(OFFICER);
        assertTrue(officer.byOrganizationOnly());
        assertEquals(List.of(), officer.facts());
        assertEquals(changed(INTRODUCTION_BEFORE, INTRODUCTION_AFTER), officer.changedSentences());
        assertTrue(officer.pdfTextChanged());
    }

    @Test
    void theNoticeChangedItselfShowsExactlyItsFactAndSentences() {
        NoticeChange coordinator = notice(COORDINATOR);
        assertFalse(coordinator.byOrganizationOnly());
        assertEquals(List.of(new NoticeChange.FactChange("Grade", "P-3, International Professional",
                "P-4, International Professional")), coordinator.facts());
        // The organization's page puts the post first, its introduction after.
        List<SentenceDiff.Line> expected = new java.util.ArrayList<>(changed(DUTY_BEFORE, DUTY_AFTER));
        expected.addAll(changed(INTRODUCTION_BEFORE, INTRODUCTION_AFTER));
        assertEquals(expected, coordinator.changedSentences());
        assertTrue(coordinator.pdfTextChanged());
    }

    @Test
    void theMarkdownIsFitForAPullRequestComment() {
        String markdown = DiffReport.markdown(result);
        assertTrue(markdown.contains("| Grade | P-3, International Professional | P-4, International Professional |"),
                markdown);
        assertTrue(markdown.contains("Organization data and templates changed: `_organization.yaml`. 1 notice changes"
                + " through them alone."), markdown);
        assertTrue(markdown.contains("*Its notice file is unchanged"), markdown);
        assertEquals(2, markdown.split("- changed: “It does so by providing", -1).length - 1, markdown);
    }

    @Test
    void theHtmlReportShowsTheTextSideBySide() {
        Document report = Jsoup.parse(DiffReport.html(result));
        assertEquals(2, report.select("section").size());
        assertEquals(List.of(List.of(DUTY_BEFORE, DUTY_AFTER), List.of(INTRODUCTION_BEFORE, INTRODUCTION_AFTER),
                List.of(INTRODUCTION_BEFORE, INTRODUCTION_AFTER)),
                report.select("tr.changed").stream().map(row -> row.select("td").eachText()).toList());
        assertTrue(report.select("tr.same").size() > 20, "the unchanged text is there too, for context");
    }

    @Test
    void theReportsReplaceEarlierReportsAndNoOtherFile() throws IOException {
        Path reports = dir.resolve("reports");
        DiffFiles.write(reports, result);
        Files.writeString(reports.resolve(DiffFiles.HTML), "<p>stale</p>");
        Files.writeString(reports.resolve(DiffFiles.MARKDOWN), DiffReport.markdown(result) + "stale\n");
        assertEquals(List.of(reports.resolve(DiffFiles.HTML) + " exists and is not a report of vacancy:diff: it is"
                + " left as it is; move it, or write the reports to another folder"), DiffFiles.notWrittenByDiff(reports));

        IOException refused = assertThrows(IOException.class, () -> DiffFiles.write(reports, result));
        assertTrue(refused.getMessage().startsWith(reports.resolve(DiffFiles.HTML) + " exists and is not a report"),
                refused.getMessage());
        assertEquals("<p>stale</p>", Files.readString(reports.resolve(DiffFiles.HTML)));
        assertTrue(Files.readString(reports.resolve(DiffFiles.MARKDOWN)).endsWith("stale\n"), "nothing written");

        Files.writeString(reports.resolve(DiffFiles.HTML), DiffReport.html(result));
        DiffFiles.write(reports, result);
        assertEquals(DiffReport.markdown(result), Files.readString(reports.resolve(DiffFiles.MARKDOWN)));
    }

    @Test
    void aWorkFolderHoldingOtherFilesIsNotEmptied() throws IOException {
        Path reports = dir.resolve("shared");
        Path kept = reports.resolve(DiffFiles.WORK).resolve("minutes.txt");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, "kept");
        String expected = reports.resolve(DiffFiles.WORK) + " holds minutes.txt, which vacancy:diff did not write: the"
                + " folder is left as it is; move them, or write the reports to another folder";
        assertEquals(List.of(expected), DiffFiles.notWrittenByDiff(reports));

        IOException refused = assertThrows(IOException.class, () -> SiteDiff.compare(
                Fixtures.request(notices, dir.resolve("unused")), Optional.empty(), reports.resolve(DiffFiles.WORK)));
        assertEquals(expected, refused.getMessage());
        assertEquals("kept", Files.readString(kept));
        assertEquals(List.of(), DiffFiles.notWrittenByDiff(dir), "the work folder of the first comparison is its own");
    }
}
