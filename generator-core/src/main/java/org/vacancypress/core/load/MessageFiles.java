package org.vacancypress.core.load;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;

/**
 * The templates' interface text in each language, read from {@code i18n/<language>.yaml} (an
 * organization's template folder may replace a language's file) as templates see data: nested
 * maps of strings.
 */
public final class MessageFiles {

    /** Reads a file of the templates by its name; {@link NoSuchFileException} when there is none. */
    @FunctionalInterface
    public interface TemplateFiles {
        byte[] read(String name) throws IOException;
    }

    private MessageFiles() {
    }

    public static String file(Language language) {
        return "i18n/" + language.id() + ".yaml";
    }

    /**
     * Every language's file; a file that cannot be read is reported and left out.
     *
     * @param describe how messages name a file of the templates
     */
    public static Map<Language, Map<String, Object>> read(TemplateFiles files, Function<String, String> describe,
            Problems problems) {
        Map<Language, Map<String, Object>> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = file(language);
            try {
                YamlLoader.parse(files.read(name), describe.apply(name), problems)
                        .ifPresent(root -> bundles.put(language, plain(root)));
            } catch (NoSuchFileException e) {
                // A language with no file lacks every key: its notices report that.
            } catch (IOException e) {
                problems.error(Location.ofFile(describe.apply(name)), "cannot read: " + e.getMessage());
            }
        }
        return bundles;
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
            return List.copyOf(sequence.items().stream().map(MessageFiles::value).toList());
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return scalar.isNull() ? "" : scalar.value();
    }
}
