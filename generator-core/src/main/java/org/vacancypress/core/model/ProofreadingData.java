package org.vacancypress.core.model;

import java.util.Map;
import java.util.Set;

/**
 * What an organization tells the spelling and grammar checker, from its data folder.
 *
 * @param words its own words the checker does not know (names, acronyms, places), by language;
 *     those for every language under each of them
 * @param disabledRules the checker's rules switched off, each with the reason why
 * @param variants the checker's variant of a language where it has several ("en-GB")
 * @param fingerprint changes whenever any of the above changes: results checked under other data are not reused
 */
public record ProofreadingData(Map<Language, Set<String>> words, Map<String, String> disabledRules,
        Map<Language, String> variants, String fingerprint) {

    public ProofreadingData {
        words = Map.copyOf(words);
        disabledRules = Map.copyOf(disabledRules);
        variants = Map.copyOf(variants);
    }
}
