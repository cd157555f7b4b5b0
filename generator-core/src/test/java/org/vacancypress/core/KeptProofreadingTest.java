package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.ProofreadingData;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Severity;
import org.vacancypress.core.validate.Proofreader;

/**
 * Proofreading's findings kept with each notice between builds: a notice whose file did not
 * change is not proofread again, and its warnings are still reported, at the same places; new
 * proofreading data or another checker proofreads every notice again. A notice that suppresses
 * every rule of proofreading is not proofread at all.
 */
class KeptProofreadingTest {

    private static final String COXS_BAZAR = "protection-programme-officer-coxs-bazar-2025";
    /** A notice that suppresses grammar only: its texts are proofread. */
    private static final String TRIPOLI = "national-protection-officer-avm-tripoli-2025";

    @TempDir
    Path dir;
    Path notices;
    Path site;

    /** Finds one word, as a misspelling, and records every text it was asked to check. */
    private static final class OneWord implements Proofreader {
        private static final Pattern WORD = Pattern.compile("Rohingya");
        private final String version;
        private final Queue<String> checked = new ConcurrentLinkedQueue<>();
        private final Queue<String> sessions = new ConcurrentLinkedQueue<>();

        OneWord(String version) {
            this.version = version;
        }

        @Override
        public Session open(ProofreadingData data, Path cacheFile) {
            return new Session() {
                @Override
                public List<Proof> check(Language language, String markdown) {
                    checked.add(markdown);
                    Matcher found = WORD.matcher(markdown);
                    return found.results().map(word -> new Proof(word.start(), word.end(), "ONE_WORD", true,
                            "not in the dictionary", List.of("Rohinga"))).toList();
                }

                @Override
                public void keepUnchecked() {
                    sessions.add("kept the unchecked");
                }

                @Override
                public void close() {
                    sessions.add("closed");
                }
            };
        }

        @Override
        public String version() {
            return version;
        }

        /** Whether a text of Cox's Bazar's notice was checked (the word is in no other). */
        boolean checkedCoxsBazar() {
            return checked.stream().anyMatch(text -> WORD.matcher(text).find());
        }
    }

    @BeforeEach
    void copyTheRealNotices() throws IOException {
        notices = Fixtures.copyOfNotices(dir);
        site = dir.resolve("site");
    }

    private List<Problem> build(OneWord proofreader) {
        BuildResult result = new Generator(Fixtures.request(notices, site)).proofreadWith(proofreader).build();
        assertTrue(result.succeeded(), result.problems().toString());
        return result.problems();
    }

    private void editTripoli() throws IOException {
        Path file = notices.resolve(TRIPOLI + ".yaml");
        Files.writeString(file, Files.readString(file).replace("title: National Protection Officer",
                "title: Senior National Protection Officer"));
    }

    @Test
    void aKeptNoticeIsNotProofreadAgainAndItsWarningsAreStillReportedAtTheirPlaces() throws IOException {
        OneWord first = new OneWord("1");
        List<Problem> firstWarnings = build(first);
        assertTrue(first.checkedCoxsBazar());
        List<Location> places = firstWarnings.stream().filter(problem -> problem.rule().equals(Optional.of("spelling")))
                .map(Problem::location).toList();
        assertEquals(4, places.size(), firstWarnings.toString());
        assertEquals(new Location(notices.getFileName() + "/" + COXS_BAZAR + ".yaml", 33, 37), places.get(0));
        assertEquals(new Location(notices.getFileName() + "/" + COXS_BAZAR + ".yaml", 81, 7), places.get(3));

        editTripoli();
        OneWord second = new OneWord("1");
        List<Problem> secondWarnings = build(second);

        assertFalse(second.checkedCoxsBazar(), "Cox's Bazar's notice was kept, not proofread again");
        assertTrue(second.checked.stream().anyMatch(text -> text.contains("Senior National Protection Officer")),
                "the changed notice is proofread");
        assertEquals(firstWarnings.toString(), secondWarnings.toString());
        assertEquals(List.of("kept the unchecked", "closed"), List.copyOf(second.sessions),
                "the proofreading cache keeps the results of the texts not checked again");
        assertEquals(List.of("closed"), List.copyOf(first.sessions), "a build that checked every notice prunes it");
    }

    @Test
    void aNoticeSuppressingSpellingAndGrammarIsNotProofreadAndOneSuppressingOneIs() throws IOException {
        Path coxsBazar = notices.resolve(COXS_BAZAR + ".yaml");
        String original = Files.readString(coxsBazar);
        Files.writeString(coxsBazar, original + "suppressWarnings:\n  spelling: Names of places.\n  grammar: As published.\n");
        OneWord both = new OneWord("1");
        List<Problem> silenced = build(both);
        assertFalse(both.checkedCoxsBazar(), "nothing it could find would be reported");
        assertTrue(silenced.stream().noneMatch(problem -> problem.rule().equals(Optional.of("spelling"))), silenced.toString());

        Files.writeString(coxsBazar, original + "suppressWarnings:\n  grammar: As published.\n");
        OneWord grammar = new OneWord("1");
        List<Problem> spelling = build(grammar);
        assertTrue(grammar.checkedCoxsBazar());
        assertEquals(4, spelling.stream().filter(problem -> problem.rule().equals(Optional.of("spelling"))).count(),
                spelling.toString());
    }

    @Test
    void theOrganizationsRulesTurnSpellingOffOrChangeItsSeverityAndADraftsFindingsAreNotes() throws IOException {
        Path organization = notices.resolve("_organization.yaml");
        String original = Files.readString(organization);
        Files.writeString(organization, original.replace("checks:\n", "checks:\n  rules:\n    spelling: off\n"));
        OneWord spellingOff = new OneWord("1");
        List<Problem> none = build(spellingOff);
        assertTrue(none.stream().noneMatch(problem -> problem.rule().equals(Optional.of("spelling"))), none.toString());
        assertTrue(spellingOff.checkedCoxsBazar(), "grammar is still on");

        Files.writeString(organization, original.replace("checks:\n",
                "checks:\n  rules:\n    spelling: off\n    grammar: off\n"));
        OneWord bothOff = new OneWord("1");
        build(bothOff);
        assertTrue(bothOff.checked.isEmpty(), "with both rules off, nothing would be reported: " + bothOff.checked);
        assertEquals(List.of("kept the unchecked", "closed"), List.copyOf(bothOff.sessions),
                "the results stay for when the organization turns proofreading on again");

        Files.writeString(organization, original.replace("checks:\n", "checks:\n  rules:\n    spelling: error\n"));
        BuildResult refused = new Generator(Fixtures.request(notices, site)).proofreadWith(new OneWord("1")).build();
        assertEquals(4, refused.problems().stream().filter(problem -> problem.rule().equals(Optional.of("spelling"))
                && problem.severity() == Severity.ERROR).count(), refused.problems().toString());
        assertFalse(refused.succeeded());

        Path coxsBazar = notices.resolve(COXS_BAZAR + ".yaml");
        Files.writeString(coxsBazar, Files.readString(coxsBazar) + "draft: true\n");
        List<Problem> draft = new Generator(Fixtures.request(notices, site).withDrafts(true)).proofreadWith(new OneWord("1"))
                .build().reported();
        assertEquals(4, draft.stream().filter(problem -> problem.rule().equals(Optional.of("spelling"))
                && problem.severity() == Severity.NOTE).count(), draft.toString());
    }

    @Test
    void newProofreadingDataOrAnotherCheckerProofreadsEveryNoticeAgain() throws IOException {
        build(new OneWord("1"));

        Files.writeString(notices.resolve("_data/dictionary.txt"), "Tripolitania\n", StandardOpenOption.APPEND);
        OneWord newWords = new OneWord("1");
        build(newWords);
        assertTrue(newWords.checkedCoxsBazar(), "the organization's words change every notice's findings");

        OneWord newChecker = new OneWord("2");
        build(newChecker);
        assertTrue(newChecker.checkedCoxsBazar(), "another checker's findings are its own");

        editTripoli();
        OneWord same = new OneWord("2");
        build(same);
        assertFalse(same.checkedCoxsBazar());
    }

    @Test
    void withoutProofreadingNoWarningOfItIsReplayed() throws IOException {
        build(new OneWord("1"));
        editTripoli();
        BuildResult unproofread = new Generator(Fixtures.request(notices, site)).build();
        assertTrue(unproofread.problems().stream().noneMatch(problem -> problem.rule().equals(Optional.of("spelling"))),
                unproofread.problems().toString());
    }
}
