package org.vacancypress.core.validate;

import java.nio.file.Path;
import java.util.List;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.ProofreadingData;

/**
 * Spelling and grammar checking of the texts a candidate reads. The checker is heavy (a
 * hundred megabytes of dictionaries and rules), so it lives in a module of its own that the
 * Maven plugin brings; the core only asks it through this interface.
 */
public interface Proofreader {

    /**
     * Readies the checker for one build: the organization's own words and switched-off rules,
     * and a file of results by text, read now and written back when the session closes.
     */
    Session open(ProofreadingData data, Path cacheFile);

    /**
     * What the checker's findings depend on besides the texts and the organization's data (the
     * checker and its version): findings kept from a build with another are not replayed.
     */
    String version();

    /** One build's checking. Safe to use from several threads. */
    interface Session extends AutoCloseable {

        /** What is wrong in a Markdown text written in the language; its markup is not checked. */
        List<Proof> check(Language language, String markdown);

        /**
         * Keeps in the cache file the results of texts this session did not check as well as
         * those it did: the build took some notices as an earlier build checked them.
         */
        void keepUnchecked();

        /** Writes what this session checked to the cache file. */
        @Override
        void close();
    }

    /**
     * One thing found in a text.
     *
     * @param from where it starts in the text, in chars
     * @param to where it ends
     * @param rule the checker's name for the rule that found it, as data switches it off
     * @param spelling whether it is a misspelled word rather than grammar or style
     * @param suggestions replacements, best first
     */
    record Proof(int from, int to, String rule, boolean spelling, String message, List<String> suggestions) {

        public Proof {
            suggestions = List.copyOf(suggestions);
        }
    }
}
