package org.vacancypress.core.render.html;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /**
     * These messages with the organization's own wording in place of theirs: {@code wording}
     * gives, in each language, texts by dotted key ({@code facts.appointment}).
     */
    public Messages withWording(Function<Language, Map<String, String>> wording) {
        Map<Language, Map<String, Object>> worded = new EnumMap<>(Language.class);
        bundles.forEach((language, bundle) -> {
            Map<String, Object> merged = bundle;
            for (Map.Entry<String, String> text : wording.apply(language).entrySet()) {
                // A key the templates lack is the organization's mistake, reported as such, not a message.
                if (has(text.getKey())) {
                    merged = with(merged, List.of(text.getKey().split("\\.")), text.getValue());
                }
            }
            worded.put(language, merged);
        });
        return new Messages(worded);
    }

    /** Whether the templates have a message of this dotted key, in English, which has them all. */
    public boolean has(String key) {
        return keys(of(Language.EN), "").contains(key);
    }

    private static Map<String, Object> with(Map<String, Object> bundle, List<String> path, String text) {
        Map<String, Object> copy = new LinkedHashMap<>(bundle);
        if (path.size() == 1) {
            copy.put(path.get(0), text);
        } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = bundle.get(path.get(0)) instanceof Map<?, ?> nested
                    ? (Map<String, Object>) nested : Map.of();
            copy.put(path.get(0), with(inner, path.subList(1, path.size()), text));
        }
        return Collections.unmodifiableMap(copy);
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
