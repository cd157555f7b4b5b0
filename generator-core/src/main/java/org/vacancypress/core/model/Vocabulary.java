package org.vacancypress.core.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values a notice may give for one of its facts, in the order the pages list them.
 *
 * @param declared whether the organization's data declares it; otherwise it is the default
 *     vocabulary of the generator, labelled in every language
 */
public record Vocabulary(List<Term> terms, boolean declared) {

    /** How an id is written: it names files (a staff category's feed) and is matched as written. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Vocabulary {
        terms = List.copyOf(terms);
    }

    public List<String> ids() {
        return terms.stream().map(Term::id).toList();
    }

    public Optional<Term> term(String id) {
        return terms.stream().filter(term -> term.id().equals(id)).findFirst();
    }

    /** Where {@code id} stands in the list; unknown values last. */
    public int rank(String id) {
        int index = ids().indexOf(id);
        return index < 0 ? terms.size() : index;
    }
}
