package org.vacancypress.proofreading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.ProofreadingData;
import org.vacancypress.core.validate.Proofreader.Proof;

/**
 * The organization's words and rules reach LanguageTool, a rebuild reads results from the cache,
 * and threads checking at once find what one thread finds.
 */
class LanguageToolSessionTest {

    private static final String TEXT = "The Programme Manger supports the Rohingya response in Kutupalong.";

    @TempDir
    Path dir;

    private static ProofreadingData data(Set<String> words, Map<String, String> disabled, String fingerprint) {
        return new ProofreadingData(Map.of(Language.EN, words), disabled, Map.of(Language.EN, "en-GB"), fingerprint);
    }

    private static List<String> rules(List<Proof> proofs) {
        return proofs.stream().map(Proof::rule).toList();
    }

    @Test
    void theDictionarySilencesItsWordsAndDisabledRulesAreOff() {
        Path cache = dir.resolve("cache");
        List<Proof> bare = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)
                .check(Language.EN, TEXT);
        assertTrue(bare.stream().anyMatch(p -> TEXT.substring(p.from(), p.to()).equals("Kutupalong")), bare.toString());
        List<Proof> tuned = new LanguageToolProofreader().open(data(Set.of("Kutupalong"),
                Map.of("MANGER_MANAGER", "test"), "b"), cache).check(Language.EN, TEXT);
        assertEquals(List.of(), rules(tuned));
    }

    @Test
    void aSecondBuildReadsUnchangedTextsFromTheCacheAndMarkupIsNotChecked() throws Exception {
        Path cache = dir.resolve("site.proofreading");
        String markdown = "Ask the **[Programme Manger](https://example.org/manger_gide)** first.";
        List<Proof> first;
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)) {
            first = session.check(Language.EN, markdown);
            assertEquals(first, session.check(Language.EN, markdown));
            assertEquals(1, session.checkedByLanguageTool(), "a text repeated in one build is checked once");
        }
        assertTrue(Files.isRegularFile(cache));
        assertEquals(List.of("MANGER_MANAGER"), rules(first), first.toString());
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)) {
            assertEquals(first, session.check(Language.EN, markdown));
            assertEquals(0, session.checkedByLanguageTool(), "read from the cache");
        }
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of("x"), Map.of(), "c"), cache)) {
            session.check(Language.EN, markdown);
            assertEquals(1, session.checkedByLanguageTool(), "other data, checked afresh");
        }
    }

    @Test
    void textsNotCheckedAgainStayInTheCacheOnlyWhenTheBuildKeptTheirNotices() {
        Path cache = dir.resolve("site.proofreading");
        String kept = "The Programme Manger decides.";
        String changed = "The Programme Officer decides.";
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)) {
            session.check(Language.EN, kept);
            session.check(Language.EN, changed);
        }
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)) {
            session.check(Language.EN, changed);
            session.keepUnchecked();
        }
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)) {
            session.check(Language.EN, changed);
        }
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)) {
            assertEquals(List.of("MANGER_MANAGER"), rules(session.check(Language.EN, kept)));
            assertEquals(1, session.checkedByLanguageTool(), "a build that checked every text forgot the others");
        }
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)) {
            session.check(Language.EN, changed);
            session.keepUnchecked();
        }
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"), cache)) {
            session.check(Language.EN, kept);
            session.check(Language.EN, changed);
            assertEquals(0, session.checkedByLanguageTool(), "a kept notice's text stays in the cache");
        }
    }

    @Test
    void aTextMetByTwoThreadsAtOnceIsCheckedOnceAndBothGetItsFindings() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (LanguageToolSession session = new LanguageToolProofreader().open(data(Set.of(), Map.of(), "a"),
                dir.resolve("site.proofreading"))) {
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<List<Proof>> check = () -> {
                together.await();
                return session.check(Language.EN, TEXT);
            };
            List<Future<List<Proof>>> found = List.of(threads.submit(check), threads.submit(check));
            assertEquals(found.get(0).get(), found.get(1).get());
            assertTrue(rules(found.get(0).get()).contains("MANGER_MANAGER"), found.get(0).get().toString());
            assertEquals(1, session.checkedByLanguageTool(), "the second thread waited for the first's findings");
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void twoThreadsCheckingTextsInTwoLanguagesFindWhatOneThreadFinds() throws Exception {
        List<String> english = List.of(TEXT, "Their is a programme officer in teh field office.",
                "The officer will will coordinate the the response.", "She have five years of experience.");
        List<String> french = List.of("Le responsable du programme coordonne la reponse.", "Il a été nommé en 2020 en tant que que chargé.",
                "Les candidates doivent avoir une experience de cinq ans.");
        ProofreadingData data = new ProofreadingData(Map.of(), Map.of(), Map.of(Language.EN, "en-GB"), "a");
        List<List<Proof>> together = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (LanguageToolSession session = new LanguageToolProofreader().open(data, dir.resolve("two"))) {
            List<Future<List<Proof>>> found = new ArrayList<>();
            for (int i = 0; i < Math.max(english.size(), french.size()); i++) {
                int n = i;
                found.add(threads.submit(() -> n < english.size() ? session.check(Language.EN, english.get(n)) : List.of()));
                found.add(threads.submit(() -> n < french.size() ? session.check(Language.FR, french.get(n)) : List.of()));
            }
            for (Future<List<Proof>> proofs : found) {
                together.add(proofs.get());
            }
        } finally {
            threads.shutdown();
        }
        List<List<Proof>> alone = new ArrayList<>();
        try (LanguageToolSession session = new LanguageToolProofreader().open(data, dir.resolve("one"))) {
            for (int i = 0; i < Math.max(english.size(), french.size()); i++) {
                alone.add(i < english.size() ? session.check(Language.EN, english.get(i)) : List.of());
                alone.add(i < french.size() ? session.check(Language.FR, french.get(i)) : List.of());
            }
        }
        assertEquals(alone, together);
        assertTrue(alone.stream().filter(proofs -> !proofs.isEmpty()).count() >= 6, alone.toString());
    }
}
