package org.vacancypress.core.render.html;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vacancypress.core.model.Language;

/**
 * The interface text of the pages in each language: headings, labels and the sentences of the
 * boilerplate sections. Templates read them as {@code t}: plain nested maps of strings, with
 * {@code {name}} placeholders the templates fill.
 */
public final class Messages {

    /** Keys under this one are the site's own pages (list, archive, filters), in the site's language only. */
    public static final String SITE = "site";
    /** Keys under this one are a language's own grammar (how it contracts a name), not texts to translate. */
    private static final String GRAMMAR = "orgForms.";

    private final Map<Language, Map<String, Object>> bundles;

    /** @param bundles each language's messages, as loading read them */
    public Messages(Map<Language, Map<String, Object>> bundles) {
        this.bundles = Map.copyOf(bundles);
    }

    /** The language's messages, for templates. */
    public Map<String, Object> of(Language language) {
        return bundles.getOrDefault(language, Map.of());
    }

    /**
     * The keys English has that {@code language} lacks, dotted ({@code heading.context}); the
     * site's own pages' keys count only when {@code withSite}.
     */
    public Set<String> missing(Language language, boolean withSite) {
        Set<String> missing = new TreeSet<>(keys(of(Language.EN), ""));
        missing.removeAll(keys(of(language), ""));
        missing.removeIf(key -> key.startsWith(GRAMMAR));
        if (!withSite) {
            missing.removeIf(key -> key.startsWith(SITE + "."));
        }
        return missing;
    }

    private static Set<String> keys(Map<String, Object> bundle, String prefix) {
        Set<String> keys = new TreeSet<>();
        bundle.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                keys.addAll(keys(inner, prefix + key + "."));
            } else {
                keys.add(prefix + key);
            }
        });
        return keys;
    }
}
