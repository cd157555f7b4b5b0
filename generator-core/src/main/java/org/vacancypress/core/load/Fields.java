package org.vacancypress.core.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.vacancypress.core.load.YamlNode.Entry;
import org.vacancypress.core.load.YamlNode.Mapping;
import org.vacancypress.core.load.YamlNode.Scalar;
import org.vacancypress.core.load.YamlNode.Sequence;
import org.vacancypress.core.model.Keyword;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.model.Vocabulary;

/**
 * Reads the fields of one YAML mapping into typed values, reporting every missing field,
 * wrong type and unknown key with its location. The keys a binder asks for are the keys the
 * mapping accepts: {@link #rejectUnknownKeys()} reports the others, with a suggestion.
 */
final class Fields {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Mapping mapping;
    private final String path;
    private final Binding binding;
    private final Set<String> asked = new LinkedHashSet<>();

    private Fields(Mapping mapping, String path, Binding binding) {
        this.mapping = mapping;
        this.path = path;
        this.binding = binding;
    }

    /** The fields of {@code node}, which must be a mapping; {@code path} names it in messages. */
    static Optional<Fields> of(YamlNode node, String path, Binding binding) {
        if (node instanceof Mapping mapping) {
            return Optional.of(new Fields(mapping, path, binding));
        }
        binding.error(node.location(), (path.isEmpty() ? "the file" : "'" + path + "'")
                + " must be a mapping of 'key: value' lines, found " + node.kind());
        return Optional.empty();
    }

    /** Reports {@code message} at the value of {@code key}, wrong for a reason only its binder knows. */
    void error(String key, String message) {
        mapping.entries().stream().filter(entry -> entry.key().value().equals(key)).findFirst()
                .ifPresent(entry -> binding.error(entry.value().location(), message));
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Optional<YamlNode> node(String key, boolean required) {
        asked.add(key);
        for (Entry entry : mapping.entries()) {
            if (entry.key().value().equals(key)) {
                boolean empty = entry.value() instanceof Scalar scalar && scalar.isNull();
                // An empty value has no place of its own: point at its key.
                binding.record(path(key), empty ? entry.key().location() : entry.value().location());
                if (empty) {
                    if (required) {
                        binding.error(entry.value().location(), "'" + path(key) + "' has no value");
                    }
                    return Optional.empty();
                }
                return Optional.of(entry.value());
            }
        }
        if (required) {
            binding.error(mapping.location(), "missing required field '" + path(key) + "'");
        }
        return Optional.empty();
    }

    Optional<String> text(String key, boolean required) {
        return binding.watch(path(key), () -> node(key, required).flatMap(node -> text(node, path(key))));
    }

    Optional<String> text(YamlNode node, String where) {
        if (!(node instanceof Scalar scalar)) {
            binding.error(node.location(), "'" + where + "' must be text, found " + node.kind()
                    + PasteSlips.itemRead(node).map(fix -> ": " + fix).orElse(""));
            return Optional.empty();
        }
        if (scalar.value().isBlank()) {
            binding.error(node.location(), "'" + where + "' is empty");
            return Optional.empty();
        }
        return Optional.of(scalar.value().strip());
    }

    Optional<LocalDate> date(String key, boolean required) {
        return binding.watch(path(key), () -> node(key, required).flatMap(node -> date(node, path(key))));
    }

    Optional<LocalDate> date(YamlNode node, String where) {
        return text(node, where).flatMap(text -> {
            try {
                if (DATE.matcher(text).matches()) {
                    return Optional.of(LocalDate.parse(text));
                }
            } catch (DateTimeParseException e) {
                binding.error(node.location(), "'" + where + "' is not a real date: '" + text + "'");
                return Optional.empty();
            }
            binding.error(node.location(), "'" + where + "' must be a date written YYYY-MM-DD, found '"
                    + Texts.abbreviate(text) + "'");
            return Optional.empty();
        });
    }

    /** Only {@code true} and {@code false}: YAML 1.1's yes/no/on/off are refused, not guessed. */
    Optional<Boolean> bool(String key) {
        return binding.watch(path(key), () -> node(key, false).flatMap(node -> text(node, path(key)).flatMap(text -> {
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.parseBoolean(text));
            }
            binding.error(node.location(), "'" + path(key) + "' must be true or false, found '"
                    + Texts.abbreviate(text) + "'");
            return Optional.empty();
        })));
    }

    Optional<Integer> integer(String key, boolean required, int min, int max) {
        return binding.watch(path(key), () -> node(key, required).flatMap(node -> integer(node, path(key), min, max)));
    }

    Optional<Integer> integer(YamlNode node, String where, int min, int max) {
        return text(node, where).flatMap(text -> {
            if (text.matches("\\d{1,9}")) {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            }
            binding.error(node.location(), "'" + where + "' must be a whole number from " + min + " to " + max
                    + ", found '" + Texts.abbreviate(text) + "'");
            return Optional.empty();
        });
    }

    <E extends Enum<E> & Keyword> Optional<E> keyword(String key, boolean required, Class<E> type) {
        return binding.watch(path(key), () -> node(key, required).flatMap(node -> keyword(node, path(key), type)));
    }

    <E extends Enum<E> & Keyword> Optional<E> keyword(YamlNode node, String where, Class<E> type) {
        return text(node, where).flatMap(text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.id().equals(text)) {
                    return Optional.of(constant);
                }
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Keyword::id).toList();
            binding.error(node.location(), "'" + where + "' must be one of " + String.join(", ", allowed)
                    + ", found '" + Texts.abbreviate(text) + "'" + Texts.didYouMean(text, allowed));
            return Optional.empty();
        });
    }

    /**
     * A value of one of the organization's vocabularies, {@code kind} of {@code vocabularies};
     * without them (the organization's data could not be read) any value.
     */
    Optional<String> term(String key, boolean required, Optional<Vocabularies> vocabularies, String kind) {
        return binding.watch(path(key), () -> node(key, required)
                .flatMap(node -> term(node, path(key), vocabularies, kind)));
    }

    Optional<String> term(YamlNode node, String where, Optional<Vocabularies> vocabularies, String kind) {
        return text(node, where).flatMap(text -> {
            Optional<Vocabulary> vocabulary = vocabularies.map(all -> all.of(kind));
            if (vocabulary.map(v -> v.term(text).isPresent()).orElse(Vocabulary.ID.matcher(text).matches())) {
                return Optional.of(text);
            }
            if (vocabulary.isEmpty()) {
                binding.error(node.location(), "'" + where + "' must be the id of one of the " + kind
                        + ": lower-case letters and digits, words joined by dashes, e.g. general-service; found '"
                        + Texts.abbreviate(text) + "'");
                return Optional.empty();
            }
            List<String> allowed = vocabulary.get().ids();
            binding.error(node.location(), "'" + where + "' must be one of the " + kind
                    + (vocabulary.get().declared() ? " of " + SourceFolder.ORGANIZATION_FILE
                            : " of the default vocabulary (" + SourceFolder.ORGANIZATION_FILE
                                    + " may declare its own under 'vocabularies')")
                    + ": " + String.join(", ", allowed) + "; found '" + Texts.abbreviate(text) + "'"
                    + Texts.didYouMean(text, allowed));
            return Optional.empty();
        });
    }

    Optional<Fields> mapping(String key, boolean required) {
        return binding.watch(path(key), () -> node(key, required).flatMap(node -> of(node, path(key), binding)));
    }

    /** The items of a list field, each read by {@code item} (given the node and its path). */
    <T> List<T> list(String key, boolean required, BiFunction<YamlNode, String, Optional<T>> item) {
        return binding.watch(path(key), () -> items(key, required, item));
    }

    private <T> List<T> items(String key, boolean required, BiFunction<YamlNode, String, Optional<T>> item) {
        Optional<YamlNode> found = node(key, required);
        if (found.isEmpty()) {
            return List.of();
        }
        if (!(found.get() instanceof Sequence sequence)) {
            binding.error(found.get().location(), "'" + path(key) + "' must be a list of '- item' lines, found "
                    + found.get().kind());
            return List.of();
        }
        if (required && sequence.items().isEmpty()) {
            binding.error(sequence.location(), "'" + path(key) + "' must have at least one item");
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            String where = path(key) + "[" + (i + 1) + "]";
            binding.record(where, sequence.items().get(i).location());
            item.apply(sequence.items().get(i), where).ifPresent(values::add);
        }
        return values;
    }

    List<String> texts(String key, boolean required) {
        return list(key, required, this::text);
    }

    /** Every entry, for mappings whose keys are data (grade to level) rather than fields of the format. */
    List<Entry> entriesAsData() {
        for (Entry entry : mapping.entries()) {
            asked.add(entry.key().value());
            binding.record(path(entry.key().value()), entry.value().location());
        }
        return mapping.entries();
    }

    /**
     * A mapping whose keys are data, each to a text (note ids, English names, rule ids to the
     * reason each is silenced); which keys exist is for its reader to say.
     */
    Map<String, String> textsByKey() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Entry entry : entriesAsData()) {
            text(entry.value(), path(entry.key().value())).ifPresent(text -> texts.put(entry.key().value(), text));
        }
        return texts;
    }

    /** Reports every key of the mapping that no one asked for, suggesting the nearest known key. */
    void rejectUnknownKeys() {
        for (Entry entry : mapping.entries()) {
            String key = entry.key().value();
            if (!asked.contains(key)) {
                binding.error(entry.key().location(), "unknown key '" + Texts.abbreviate(key) + "'"
                        + (path.isEmpty() ? "" : " in '" + path + "'") + Texts.didYouMean(key, asked));
            }
        }
    }

    Binding binding() {
        return binding;
    }
}
