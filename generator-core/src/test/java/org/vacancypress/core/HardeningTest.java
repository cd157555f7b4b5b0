package org.vacancypress.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.publish.OutputFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken and hostile input never crashes the build, never escapes, never loses the published site. */
class HardeningTest {

    @TempDir
    Path dir;

    private List<String> problems(BuildResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    private BuildResult validate(String name, String yaml) {
        Path folder = Fixtures.folderWith(dir, name, yaml);
        return new Generator(Fixtures.request(folder, dir.resolve("out"))).validate();
    }

    // YAML

    @Test
    void aFileThatIsAListOrAScalarIsAnErrorOnTheFile() throws IOException {
        Path folder = Fixtures.folderWith(dir, "list", "- one\n- two\n");
        Files.writeString(folder.resolve("scalar.yaml"), "just a sentence\n");
        assertEquals(List.of(
                "notices/list.yaml:1:1: error: the file must be a mapping of 'key: value' lines, found a list",
                "notices/scalar.yaml:1:1: error: the file must be a mapping of 'key: value' lines, found text 'just a sentence'"),
                problems(new Generator(Fixtures.request(folder, dir.resolve("out"))).validate()));
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String deep = "title: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        List<String> problems = problems(validate("deep", deep));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("notices/deep.yaml:1:"), problems.get(0));
    }

    @Test
    void aRecursiveKeyIsRefused() {
        List<String> problems = problems(validate("recursive", "&a [*a]: value\n"));
        assertTrue(problems.contains("notices/recursive.yaml:1:1: error: an alias refers to the value that contains it;"
                + " remove the recursion"), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("notices/recursive.yaml:1:")), problems.toString());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path folder = Fixtures.folderWith(dir, "huge", "");
        Files.write(folder.resolve("huge.yaml"), new byte[5 * 1024 * 1024]);
        assertEquals(List.of("notices/huge.yaml:1:1: error: file is larger than 4 MiB; a notice is a few kilobytes:"
                + " is this the right file?"), problems(new Generator(Fixtures.request(folder, dir.resolve("o"))).validate()));
    }

    @Test
    void aHugeStringIsText() {
        String yaml = Fixtures.validNotice().replace("unit: Protection Unit", "unit: " + "x".repeat(2_000_000));
        assertTrue(validate("long", yaml).succeeded());
    }

    @Test
    void aliasesToALongValueAreRefusedAtTheAliasBeforeAnyRuleRuns() throws Exception {
        // 100,000 aliases to a 1 MB value: few enough nodes, but 100 GB of text for the rules.
        String yaml = Fixtures.validNotice().replace("  - Perform such other duties as may be assigned.\n",
                "  - &long \"" + "Assist the team. ".repeat(60_000).strip() + "\"\n" + "  - *long\n".repeat(100_000));
        Path folder = Fixtures.folderWith(dir, "aliases", yaml);
        int firstAlias = (int) yaml.substring(0, yaml.indexOf("  - *long")).lines().count() + 1;
        String output = Forked.build("256m", java.time.Duration.ofSeconds(60), "validate", folder, dir.resolve("out"),
                java.util.Optional.empty());
        // The value and three copies of it fit in a file's 4 MiB; the fourth alias does not.
        assertEquals(List.of("notices/aliases.yaml:" + (firstAlias + 3) + ":5: error: the document expands to more than"
                + " 4 Mi characters (through aliases?), more than a file may hold; write it out plainly"),
                output.lines().filter(line -> line.startsWith("notices/")).toList(), output);
    }

    @Test
    void otherFilesAndEditorBackupsInTheNoticesFolderAreNotRead() throws IOException {
        Path folder = Fixtures.folderWith(dir, "notice", Fixtures.validNotice());
        for (String other : List.of("README.md", "notice.yaml~", ".notice.yaml.swp", "#notice.yaml#", "notice.yaml.bak",
                "notes.txt")) {
            Files.writeString(folder.resolve(other), "not: [a notice");
        }
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("out"))).validate();
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.noticesFound());
    }

    @Test
    void everyFileOfTheNoticesFolderThatIsNotReadIsNamedWithTheReason() throws IOException {
        Path folder = Fixtures.folderWith(dir, "notice", Fixtures.validNotice());
        Files.writeString(folder.resolve("Test.YAML"), Fixtures.validNotice());
        Files.createDirectories(folder.resolve("2025"));
        Files.writeString(folder.resolve("2025/old-notice.yaml"), Fixtures.validNotice());
        Files.createDirectories(folder.resolve("x.yaml"));
        Files.writeString(folder.resolve("README.md"), "# Notices");
        Files.writeString(folder.resolve(".draft.yaml"), "x: y");
        Files.writeString(folder.resolve("_stray.yaml"), "x: y");
        Files.writeString(folder.resolve("_data/extra.yaml"), "x: y");
        List<String> log = new java.util.ArrayList<>();
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("out"))).onProgress(log::add).validate();
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(
                "Not read: notices/.draft.yaml: hidden (its name starts with a dot)",
                "Not read: notices/2025/old-notice.yaml: in a subfolder; notices are read only from the notices folder"
                        + " itself",
                "Not read: notices/README.md: not a notice: notices are .yaml or .yml files",
                "Not read: notices/Test.YAML: a notice's name ends in .yaml or .yml in lower case; rename it to Test.yaml",
                "Not read: notices/_data/extra.yaml: not one of the files a build reads in _data (NOTICE-FORMAT.md"
                        + " lists them)",
                "Not read: notices/_stray.yaml: names starting with _ are the organization's data files, and the only"
                        + " one at the top is _organization.yaml",
                "Not read: notices/x.yaml: a folder, and notices are files"),
                log.stream().filter(line -> line.startsWith("Not read")).toList());
    }

    @Test
    void aFileNameWithALineBreakOrABidirectionalOverrideIsPrintedEscaped() throws IOException {
        Path folder = Fixtures.folderWith(dir, "notice", Fixtures.validNotice());
        Files.writeString(folder.resolve("line\nx.yaml:1:1: error: forged.yaml"), Fixtures.validNotice());
        Files.writeString(folder.resolve("trip\u202Eilop.yaml"), Fixtures.validNotice());
        assertEquals(List.of(
                "notices/line\\nx.yaml:1:1: error: forged.yaml:1:1: error: the file name becomes the page's address:"
                        + " use lower-case letters, digits and dashes, e.g. rename it to line-x-yaml-1-1-error-forged.yaml",
                "notices/trip\\u202Eilop.yaml:1:1: error: the file name becomes the page's address: use lower-case"
                        + " letters, digits and dashes, e.g. rename it to trip-ilop.yaml"),
                problems(new Generator(Fixtures.request(folder, dir.resolve("out"))).validate()));
    }

    @Test
    @Timeout(30)
    void textThatWouldMakeARegexBacktrackIsLintedAtOnce() {
        String yaml = Fixtures.validNotice().replace("  - Perform such other duties as may be assigned.",
                "  - \"a" + " ".repeat(40_000) + "x\"\n  - \"these three" + " ".repeat(40_000) + "values\"");
        assertTrue(validate("spaces", yaml).succeeded());
    }

    @Test
    void twoNoticesOfOneNameOrANoticeNamedLikeAPageOfTheSiteAreRefused() throws IOException {
        Path folder = Fixtures.folderWith(dir, "a", Fixtures.validNotice());
        Files.writeString(folder.resolve("a.yml"), Fixtures.validNotice().replace("VN 2018/195 (P)", "VN 2018/196 (P)"));
        Files.writeString(folder.resolve("index.yaml"), Fixtures.validNotice().replace("VN 2018/195 (P)", "VN 2018/197 (P)"));
        Files.writeString(folder.resolve("archive-2.yaml"), Fixtures.validNotice().replace("VN 2018/195 (P)", "VN 2018/198 (P)"));
        List<String> problems = problems(new Generator(Fixtures.request(folder, dir.resolve("out"))).html());
        assertEquals(List.of(
                "notices/a.yaml:1:1: error: several notice files are named 'a' (notices/a.yaml, notices/a.yml): their"
                        + " pages would overwrite each other; rename one",
                "notices/a.yml:1:1: error: several notice files are named 'a' (notices/a.yaml, notices/a.yml): their"
                        + " pages would overwrite each other; rename one",
                "notices/archive-2.yaml:1:1: error: 'archive-2' is the name of a page of the site; rename the file, e.g."
                        + " after the post's title",
                "notices/index.yaml:1:1: error: 'index' is the name of a page of the site; rename the file, e.g. after"
                        + " the post's title"), problems);
    }

    @Test
    void textNestedDeeperThanTheRendererFollowsIsAnErrorOnTheNotice() {
        String yaml = Fixtures.validNotice().replace("  Migration is part of the fabric of Libya.",
                "  " + ">".repeat(20_000) + " deep\n\n  Migration is part of the fabric of Libya.");
        Path folder = Fixtures.folderWith(dir, "deep", yaml);
        BuildResult result = new Generator(Fixtures.request(folder, dir.resolve("out"))).html();
        assertFalse(result.succeeded());
        assertTrue(problems(result).get(0).startsWith("notices/deep.yaml:1:1: error: cannot render the notice: "),
                problems(result).get(0));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    // Markdown

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Text <img src=x onerror=alert(1)> text",
        "Text <a href=\"https://x\" onclick=\"alert(1)\">x</a>",
        "Text <iframe src=\"https://evil.example\"></iframe>",
        "Text <style>body{display:none}</style>",
        "[a](javascript:alert(1))",
        "[a](JAVASCRIPT:alert(1))",
        "[a](java&#115;cript:alert(1))",
        "[a](java\\tscript:alert(1))",
        "[a](vbscript:msgbox(1))",
        "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![a](file:///etc/passwd)",
        "![a](http://evil.example/pixel.png)",
        "<a href=\"javascript:alert(1)\">a</a>"})
    void hostileMarkdownStaysText(String hostile) {
        String yaml = Fixtures.validNotice().replace("  Migration is part of the fabric of Libya.",
                "  Before. " + hostile + " After.\n\n  Migration is part of the fabric of Libya.");
        Path folder = Fixtures.folderWith(dir, "hostile", yaml);
        Path out = dir.resolve("out");
        assertTrue(new Generator(Fixtures.request(folder, out)).html().succeeded());
        Document page = Fixtures.page(out.resolve("hostile.html"));
        assertTrue(page.body().select("script, iframe, style, img, object, embed").isEmpty(), page.body().html());
        assertEquals(List.of("assets/site.js"), page.head().select("script").eachAttr("src"), "only our own script");
        assertTrue(page.select("[onerror], [onclick], [onload]").isEmpty());
        for (String href : page.select("a[href]").eachAttr("href")) {
            assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")
                    || !href.contains(":"), href);
        }
    }

    // Text that lies

    @Test
    void aBidirectionalControlIsWarnedAtItsPlaceAndIsolatedOnThePages() throws IOException {
        String yaml = Fixtures.validNotice().replace("title: Protection Coordinator", "title: Protection\u202E Coordinator")
                .replace("  city: Tripoli", "  city: Trip\u202Eilop").replace("unit: Protection Unit", "unit: Protection\u200B Unit");
        Path folder = Fixtures.folderWith(dir, "bidi", yaml);
        Path out = dir.resolve("out");
        BuildResult result = new Generator(Fixtures.request(folder, out)).html();
        assertEquals(List.of(
                "notices/bidi.yaml:4:18: warning: an invisible bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) in"
                        + " 'title' reorders the text around it: delete it (it was probably pasted with the text)"
                        + " [invisible-character]",
                "notices/bidi.yaml:6:17: warning: an invisible character U+200B (ZERO WIDTH SPACE) in 'unit': delete it"
                        + " (it was probably pasted with the text) [invisible-character]",
                "notices/bidi.yaml:8:13: warning: an invisible bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) in"
                        + " 'dutyStation.city' reorders the text around it: delete it (it was probably pasted with the"
                        + " text) [invisible-character]"), problems(result));
        Document page = Fixtures.page(out.resolve("bidi.html"));
        assertEquals("Protection\u202E Coordinator", page.selectFirst("h1 > bdi").text());
        assertEquals("Trip\u202Eilop", page.selectFirst("dl.facts dd > bdi").text(), "the city cannot turn the country");
        assertFalse(page.title().contains("\u202E"), page.title());
        assertTrue(page.title().startsWith("Protection Coordinator (P-3), Tripilop"), page.title());
        Document list = Fixtures.page(out.resolve("archive.html"));
        assertEquals("Protection\u202E Coordinator", list.selectFirst("li[data-name=bidi] article a > bdi").text());
        assertEquals("Trip\u202Eilop", list.selectFirst("li[data-name=bidi] dd > bdi[lang]").text());
    }

    // Templates

    @ParameterizedTest
    @ValueSource(strings = {"${organization.introductionHtml?interpret}", "${\"1 + 1\"?eval}",
        "${'1+2'?<#-- a comment -->eval}", "${'1+2'?[#-- a comment --]eval}",
        "<#assign x = \"freemarker.template.utility.ObjectConstructor\"?new()>", "${organization?api}"})
    void sandboxEscapingBuiltInsAreRefusedWithTheirPlace(String template) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/sections"));
        Files.writeString(templates.resolve("notes.ftlh"), "<section>\n  " + template + "\n</section>");
        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, dir.resolve("out"),
                dir.resolve("templates"))).html();
        List<String> problems = problems(result).stream().distinct().toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches(".*templates/sections/notes\\.ftlh:2:\\d+: error: \\?\\w+ is not allowed in"
                + " templates: .*"), problems.get(0));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aBrokenTemplateIsReportedOnceAtItsLineNotOncePerNotice() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/sections"));
        Files.writeString(templates.resolve("notes.ftlh"), "<section>\n  <#if></section>");
        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, dir.resolve("out"),
                dir.resolve("templates"))).html();
        assertEquals(1, result.errorCount(), problems(result).toString());
        assertTrue(result.problems().stream().allMatch(p -> p.location().file().endsWith("templates/sections/notes.ftlh")
                && p.location().line() == 2), problems(result).toString());
    }

    @Test
    void aTemplateCannotIncludeFilesOutsideItsFolder() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/sections"));
        Files.writeString(dir.resolve("secret.ftlh"), "SECRET");
        Files.writeString(templates.resolve("notes.ftlh"), "<#include \"../../secret.ftlh\">");
        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, dir.resolve("out"),
                dir.resolve("templates"))).html();
        assertFalse(result.succeeded());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aTemplateLinkedToAFileOutsideItsFolderIsRefused() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/sections"));
        Path secret = Files.writeString(dir.resolve("secret.ftlh"), "SECRET");
        Files.createSymbolicLink(templates.resolve("notes.ftlh"), secret);
        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, dir.resolve("out"),
                dir.resolve("templates"))).html();
        assertFalse(result.succeeded());
        assertEquals(List.of(templates.resolve("notes.ftlh") + ":1:1: error: the template is a link to " + secret.toRealPath()
                + ", outside the template folder; copy that file into the folder instead"), problems(result));
    }

    // Paths

    @Test
    void aNoticeLinkedToAFileOutsideTheNoticesFolderIsRefused() throws IOException {
        Path folder = Fixtures.folderWith(dir, "notice", Fixtures.validNotice());
        Path outside = Files.writeString(dir.resolve("outside.yaml"), "reference: stolen\n");
        Files.createSymbolicLink(folder.resolve("linked.yaml"), outside);
        assertEquals(List.of("notices/linked.yaml:1:1: error: the file is a link to a file outside the notices folder;"
                + " copy the file into the folder instead"),
                problems(new Generator(Fixtures.request(folder, dir.resolve("out"))).validate()));
    }

    @Test
    void aNoticeNameThatIsNoSafeAddressIsRefusedWithASuggestion() throws IOException {
        Path folder = Fixtures.folderWith(dir, "notice", Fixtures.validNotice());
        Files.move(folder.resolve("notice.yaml"), folder.resolve("Protection Officer (P-3) <script>.yaml"));
        assertEquals(List.of("notices/Protection Officer (P-3) <script>.yaml:1:1: error: the file name becomes the"
                + " page's address: use lower-case letters, digits and dashes, e.g. rename it to"
                + " protection-officer-p-3-script.yaml"),
                problems(new Generator(Fixtures.request(folder, dir.resolve("out"))).validate()));
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
        try (OutputFolder.Staging staging = new OutputFolder(dir.resolve("site")).stage()) {
            assertThrows(IOException.class, () -> staging.write("../escaped.html", new byte[1]));
            assertThrows(IOException.class, () -> staging.write("/tmp/absolute.html", new byte[1]));
        }
        assertFalse(Files.exists(dir.resolve("escaped.html")));
    }

    // Dates and time zones

    @Test
    void aGenevaClosingIsJudgedInGenevaWhateverTheMachinesZone() {
        Path out = dir.resolve("out");
        // 2018-08-23 23:30 in Geneva (CEST, UTC+2), read on a machine in Honolulu.
        Clock beforeClosing = Clock.fixed(Instant.parse("2018-08-23T21:30:00Z"), ZoneId.of("Pacific/Honolulu"));
        new Generator(BuildRequest.of(Fixtures.NOTICES, out).withClock(beforeClosing)).html();
        assertFalse(Fixtures.page(out.resolve("protection-coordinator-tripoli-2018.html")).text().contains("closed"));
        // One minute after 23:59 in Geneva.
        Clock afterClosing = Clock.fixed(Instant.parse("2018-08-23T22:00:30Z"), ZoneId.of("Pacific/Honolulu"));
        new Generator(BuildRequest.of(Fixtures.NOTICES, out).withClock(afterClosing)).html();
        assertTrue(Fixtures.page(out.resolve("protection-coordinator-tripoli-2018.html")).text()
                .contains("This vacancy is closed."));
    }

    @Test
    void aLeapDayIsAnOrdinaryDate() {
        String yaml = Fixtures.validNotice().replace("opens: 2018-08-10", "opens: 2024-02-29")
                .replace("closes: 2018-08-23", "closes: 2024-03-14");
        Path folder = Fixtures.folderWith(dir, "leap", yaml);
        Path out = dir.resolve("out");
        BuildResult result = new Generator(Fixtures.request(folder, out).withToday(java.time.LocalDate.of(2024, 2, 29)))
                .html();
        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(Fixtures.page(out.resolve("leap.html")).text().contains("29 February 2024 to 14 March 2024"));
        assertEquals(List.of("notices/leap.yaml:21:10: error: 'posting.opens' is not a real date: '2023-02-29'"),
                problems(validate("leap", yaml.replace("opens: 2024-02-29", "opens: 2023-02-29"))).stream()
                        .filter(p -> p.contains("error")).toList());
    }

    // Output

    @Test
    void aDiskThatFillsUpMidwayLeavesThePreviousSiteComplete() throws IOException {
        Path out = dir.resolve("out");
        new Generator(Fixtures.request(Fixtures.NOTICES, out)).html();
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        AtomicInteger written = new AtomicInteger();
        // Another option, so that the build has pages to write rather than a site already up to date.
        BuildRequest other = Fixtures.request(Fixtures.NOTICES, out).withThreads(1).withClosingSoonDays(3);
        BuildResult result = new Generator(other, file -> {
            if (written.incrementAndGet() > 3) {
                throw new IOException("No space left on device");
            }
            return Files.newOutputStream(file);
        }).html();
        assertFalse(result.succeeded());
        assertTrue(problems(result).get(0).contains("cannot write the site: No space left on device; the previous site"
                + " is unchanged"), problems(result).get(0));
        assertTrue(Files.exists(out.resolve("protection-coordinator-tripoli-2018.html")));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(out.resolve("index.html")));
        assertEquals(List.of(".out.hashes", ".out.lists", ".out.lock", ".out.notices", ".out.stamp", "out"), siblings());
    }

    /** The staging folder of a build killed while rendering (never closed) is cleared by the next build, even one that fails. */
    @Test
    void whatAKilledBuildLeftBehindIsClearedByTheNextBuildEvenOneThatFails() throws IOException {
        Path out = dir.resolve("out");
        assertTrue(new Generator(Fixtures.request(Fixtures.NOTICES, out)).html().succeeded());
        new OutputFolder(out).stage().write("half.html", "half".getBytes(StandardCharsets.UTF_8));
        assertTrue(siblings().stream().anyMatch(name -> name.startsWith(".out.staging-")), siblings().toString());
        String broken = Fixtures.validNotice().replace("grade: P-3", "grade: P3");
        BuildResult failed = new Generator(Fixtures.request(Fixtures.folderWith(dir, "n", broken), out)).html();
        assertFalse(failed.succeeded());
        assertTrue(Files.exists(out.resolve("index.html")), "the published site stays");
        assertEquals(List.of(".out.hashes", ".out.lists", ".out.lock", ".out.notices", ".out.stamp", "notices", "out"),
                siblings());
    }

    /**
     * A folder of the user's under a name a build gives its staging folder or the site it
     * replaces: a copy of the site kept as {@code .out.previous-2025}, drafts in
     * {@code .out.staging-drafts}. Recovery keeps both as they are and says so; the build stops.
     */
    @Test
    void aFolderOfTheUsersUnderANameTheBuildGivesItsOwnFoldersIsKeptAndTheBuildRefused() throws IOException {
        Path out = dir.resolve("out");
        assertTrue(new Generator(Fixtures.request(Fixtures.NOTICES, out)).html().succeeded());
        Path copy = dir.resolve(".out.previous-2025");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(out.relativize(file).toString()));
            }
        }
        Path notes = Files.createDirectories(dir.resolve(".out.previous-notes"));
        Files.writeString(notes.resolve("notes.txt"), "my notes");
        Path drafts = Files.createDirectories(dir.resolve(".out.staging-drafts"));
        Files.writeString(drafts.resolve("draft.html"), "my draft");
        // No site in the output folder: a killed build's "previous" site would be put back there.
        Files.move(out, dir.resolve("moved-away"));

        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, out).withClosingSoonDays(3)).html();

        assertFalse(result.succeeded());
        for (Path folder : List.of(copy, notes, drafts)) {
            assertTrue(problems(result).stream().anyMatch(problem -> problem.startsWith(folder + ":1:1: error: the folder "
                    + folder + " beside the output folder is not one Vacancy Press made") && problem.contains("move or"
                    + " rename it")), problems(result).toString());
        }
        assertEquals("my draft", Files.readString(drafts.resolve("draft.html")));
        assertEquals("my notes", Files.readString(notes.resolve("notes.txt")));
        assertTrue(Files.exists(copy.resolve("index.html")), "the copy is kept where it is");
        assertFalse(Files.exists(out), "neither is taken for a site to put back");
    }

    /** A file of the user's in the site under the name of the mark a build writes there for a moment: kept, the build refused. */
    @Test
    void aFileOfTheUsersUnderTheNameOfTheBuildsMarkIsKeptAndTheBuildRefused() throws IOException {
        Path out = dir.resolve("out");
        assertTrue(new Generator(Fixtures.request(Fixtures.NOTICES, out)).html().succeeded());
        Path notes = out.resolve(".vacancy-press-folder");
        Files.writeString(notes, "my notes on the site\n");

        BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, out).withClosingSoonDays(3)).html();

        assertFalse(result.succeeded());
        assertTrue(problems(result).get(0).contains("the file " + notes + " in the output folder is not one Vacancy"
                + " Press wrote"), problems(result).get(0));
        assertEquals("my notes on the site\n", Files.readString(notes));
    }

    /**
     * Every file a build keeps beside the output folder, found by building, and the name each is
     * written under first: a file of the user's under one of those names is kept, the build refused.
     */
    @Test
    void aFileOfTheUsersUnderANameTheBuildKeepsBesideTheSiteIsKeptAndTheBuildRefused() throws IOException {
        Path out = dir.resolve("out");
        assertTrue(new Generator(Fixtures.request(Fixtures.NOTICES, out)).html().succeeded());
        List<String> kept = siblings().stream().filter(name -> name.startsWith(".out.") && !name.equals(".out.lock"))
                .toList();
        assertEquals(List.of(".out.hashes", ".out.lists", ".out.notices", ".out.stamp"), kept);
        List<String> names = new java.util.ArrayList<>(kept);
        names.add(".out.stamp.partial");
        names.add("out.proofreading");
        for (String name : names) {
            Path file = dir.resolve(name);
            byte[] ours = Files.exists(file) ? Files.readAllBytes(file) : null;
            Files.writeString(file, "my notes on the site\n");
            BuildResult result = new Generator(Fixtures.request(Fixtures.NOTICES, out).withClosingSoonDays(3)).html();
            assertFalse(result.succeeded(), name);
            assertTrue(problems(result).get(0).contains("the file " + file + " beside the output folder is not one"
                    + " Vacancy Press wrote"), problems(result).get(0));
            assertEquals("my notes on the site\n", Files.readString(file), name + " is kept");
            if (ours == null) {
                Files.delete(file);
            } else {
                Files.write(file, ours);
            }
        }
        assertTrue(new Generator(Fixtures.request(Fixtures.NOTICES, out).withClosingSoonDays(3)).html().succeeded(),
                "the build's own files, even cut short, are its own");
    }

    @Test
    void twoBuildsIntoOneFolderTakeTurns() throws Exception {
        Path out = dir.resolve("out");
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(() -> new Generator(Fixtures.request(Fixtures.NOTICES, out)).build());
            Thread.sleep(100);
            var second = two.submit(() -> new Generator(Fixtures.request(Fixtures.NOTICES, out)).html());
            assertEquals(List.of(), first.get().problems());
            assertEquals(List.of(), second.get().problems());
        } finally {
            two.shutdownNow();
        }
        assertTrue(Files.exists(out.resolve("protection-coordinator-tripoli-2018.pdf")), "the pages kept the PDFs");
        assertEquals(List.of(".out.hashes", ".out.lists", ".out.lock", ".out.notices", ".out.stamp", "out"), siblings());
    }

    @Test
    void publishedFilesAreWorldReadable() throws IOException {
        Path out = dir.resolve("out");
        new Generator(Fixtures.request(Fixtures.NOTICES, out)).html();
        for (Path file : List.of(out.resolve("index.html"), out.resolve("assets/style.css"), out.resolve("assets"))) {
            assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ), file.toString());
        }
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
