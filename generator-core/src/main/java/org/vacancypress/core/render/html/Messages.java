package org.vacancypress.core.render.html;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vacancypress.core.Location;
import org.vacancypress.core.Problems;
import org.vacancypress.core.load.YamlLoader;
import org.vacancypress.core.load.YamlNode;
import org.vacancypress.core.model.Language;

/**
 * The interface text of the pages in each language: headings, labels and the sentences of the
 * boilerplate sections, from {@code i18n/<language>.yaml} in the templates (an organization's
 * template folder may replace a language's file). Templates read them as {@code t}: plain nested
 * maps of strings, with {@code {name}} placeholders the templates fill.
 */
public final class Messages {

    /** Keys under this one are the site's own pages (list, archive, filters), in the site's language only. */
    public static final String SITE = "site";

    private final Map<Language, Map<String, Object>> bundles;

    private Messages(Map<Language, Map<String, Object>> bundles) {
        this.bundles = bundles;
    }

    /** Every language's file; a file that cannot be read is reported and left out. */
    public static Messages load(PageRenderer pages, Problems problems) {
        Map<Language, Map<String, Object>> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = file(language);
            try {
                byte[] bytes = pages.asset(name);
                YamlLoader.parse(bytes, pages.describe(name), problems)
                        .ifPresent(root -> bundles.put(language, plain(root)));
            } catch (NoSuchFileException e) {
                // A language with no file lacks every key: its notices report that.
            } catch (IOException e) {
                problems.error(Location.ofFile(pages.describe(name)), "cannot read: " + e.getMessage());
            }
        }
        return new Messages(bundles);
    }

    public static String file(Language language) {
        return "i18n/" + language.id() + ".yaml";
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

    /** The YAML tree as templates see data: maps, lists and strings. */
    private static Map<String, Object> plain(YamlNode root) {
        Object value = value(root);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
        return map;
    }

    private static Object value(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.entries().forEach(entry -> map.put(entry.key().value(), value(entry.value())));
            return Map.copyOf(map);
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return List.copyOf(sequence.items().stream().map(Messages::value).toList());
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return scalar.isNull() ? "" : scalar.value();
    }
}
