package org.vacancypress.proofreading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Categories;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.ProofreadingData;
import org.vacancypress.core.parallel.Beside;
import org.vacancypress.core.validate.Proofreader;

/**
 * One build's checking: LanguageTools for each language, made when a text in it first needs one
 * (the first takes seconds to load), and the results cache consulted first. What a language's
 * LanguageTools share (its tagger, chunker, spelling dictionaries) is loaded once, on a thread of
 * its own while the first LanguageTool is made; a second thread's LanguageTool then costs
 * milliseconds.
 */
public final class LanguageToolSession implements Proofreader.Session {

    /** LanguageTool's variant of each language when the organization's data names none. */
    private static final Map<Language, String> DEFAULT_VARIANTS = Map.of(Language.EN, "en-US", Language.FR, "fr",
            Language.ES, "es", Language.AR, "ar");
    private static final int SUGGESTIONS = 3;
    /**
     * A word with two capitals or more is an acronym ("IASC", "MoIA", "HQs", "OIM"): notices
     * are full of them, each organization has its own, and no dictionary holds them.
     */
    private static final Pattern ACRONYM = Pattern.compile("[\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*");
    /**
     * Held while a session has LanguageTool build or look up a spelling dictionary: LanguageTool
     * keeps them in a map of its own, shared by the JVM's LanguageTools, that is not safe for threads.
     */
    private static final Object DICTIONARIES = new Object();

    private final ProofreadingData data;
    private final ProofCache cache;
    /** LanguageTools made for each language, one a thread at most, each in use by one thread at a time. */
    private final Map<Language, Queue<JLanguageTool>> tools = new ConcurrentHashMap<>();
    /** The texts being checked now: a thread that meets one waits for its proofs rather than checking it too. */
    private final Map<String, CompletableFuture<List<Proofreader.Proof>>> checking = new ConcurrentHashMap<>();
    /** Each language's parts that all its LanguageTools use, loading or loaded. */
    private final Map<Language, CompletableFuture<Void>> shared = new ConcurrentHashMap<>();
    private final AtomicInteger checked = new AtomicInteger();

    LanguageToolSession(ProofreadingData data, ProofCache cache) {
        this.data = data;
        this.cache = cache;
    }

    @Override
    public List<Proofreader.Proof> check(Language language, String markdown) {
        String key = ProofCache.key(variant(language), markdown);
        Optional<List<Proofreader.Proof>> kept = cache.get(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        CompletableFuture<List<Proofreader.Proof>> mine = new CompletableFuture<>();
        CompletableFuture<List<Proofreader.Proof>> other = checking.putIfAbsent(key, mine);
        if (other != null) {
            return Beside.join(other);
        }
        try {
            // Another thread may have finished the text between the first look in the cache and now.
            List<Proofreader.Proof> proofs = cache.get(key).orElseGet(() -> {
                List<Proofreader.Proof> found = proofread(language, markdown);
                cache.put(key, found);
                return found;
            });
            mine.complete(proofs);
            return proofs;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key);
        }
    }

    /** How many texts LanguageTool itself checked, the others coming from the cache. */
    public int checkedByLanguageTool() {
        return checked.get();
    }

    private List<Proofreader.Proof> proofread(Language language, String markdown) {
        checked.incrementAndGet();
        // A JLanguageTool is not safe for threads: each thread takes one of the language's from the pool.
        Queue<JLanguageTool> pool = tools.computeIfAbsent(language, key -> new ConcurrentLinkedQueue<>());
        JLanguageTool tool = Optional.ofNullable(pool.poll()).orElseGet(() -> load(language));
        List<RuleMatch> matches;
        try {
            matches = tool.check(MarkdownText.annotate(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.add(tool);
        }
        List<Proofreader.Proof> proofs = new ArrayList<>();
        for (RuleMatch match : matches) {
            Rule rule = match.getRule();
            boolean spelling = rule.isDictionaryBasedSpellingRule()
                    || Categories.TYPOS.getId().equals(rule.getCategory().getId());
            if (spelling && ACRONYM.matcher(markdown.substring(match.getFromPos(), match.getToPos())).matches()) {
                continue;
            }
            List<String> suggestions = match.getSuggestedReplacements();
            proofs.add(new Proofreader.Proof(match.getFromPos(), match.getToPos(), rule.getId(), spelling,
                    match.getMessage(), suggestions.subList(0, Math.min(SUGGESTIONS, suggestions.size()))));
        }
        return proofs;
    }

    private String variant(Language language) {
        return data.variants().getOrDefault(language, DEFAULT_VARIANTS.get(language));
    }

    private JLanguageTool load(Language language) {
        org.languagetool.Language variant = Languages.getLanguageForShortCode(variant(language));
        CompletableFuture<Void> parts = shared.computeIfAbsent(language, key -> Beside.start(
                "proofreading " + variant.getShortCodeWithCountryAndVariant(), () -> {
                    loadShared(variant);
                    return null;
                }));
        JLanguageTool tool = new JLanguageTool(variant);
        tool.disableRules(List.copyOf(data.disabledRules().keySet()));
        Set<String> words = data.words().getOrDefault(language, Set.of());
        List<String> single = words.stream().filter(word -> !word.contains(" ")).toList();
        List<String> phrases = words.stream().filter(word -> word.contains(" ")).toList();
        List<SpellingCheckRule> spellers = new ArrayList<>();
        for (Rule rule : tool.getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule speller) {
                speller.addIgnoreTokens(single);
                speller.acceptPhrases(phrases);
                spellers.add(speller);
            }
        }
        Beside.join(parts);
        spellers.forEach(LanguageToolSession::loadDictionaries);
        return tool;
    }

    /**
     * What every check in the language needs and each LanguageTool would otherwise load lazily
     * at its first: the language's tokenizers, tagger, disambiguator and chunkers, and its
     * spelling dictionaries, which LanguageTool builds from word lists and then shares.
     */
    private static void loadShared(org.languagetool.Language language) {
        language.getSentenceTokenizer();
        language.getWordTokenizer();
        language.getTagger();
        language.getDisambiguator();
        language.getChunker();
        language.getPostDisambiguationChunker();
        Optional.ofNullable(language.getDefaultSpellingRule()).ifPresent(LanguageToolSession::loadDictionaries);
    }

    /** A spelling rule's dictionaries, built or taken from LanguageTool's, as its first check would. */
    private static void loadDictionaries(SpellingCheckRule speller) {
        synchronized (DICTIONARIES) {
            try {
                speller.isMisspelled("word");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void keepUnchecked() {
        cache.keepUnused();
    }

    @Override
    public void close() {
        cache.write();
    }
}
