package org.vacancypress.core.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.ProofreadingData;

/**
 * Reads what the organization tells the spelling and grammar checker from its data folder:
 * {@code _data/dictionary.txt} (words for every language) and {@code _data/dictionary-<language>.txt},
 * one word or phrase a line, {@code #} starting a comment; {@code _data/proofreading.yaml}
 * with {@code variants} (language to the checker's variant) and {@code disabledRules} (rule to reason).
 */
public final class ProofreadingFiles {

    public static final String DICTIONARY = "_data/dictionary.txt";
    public static final String SETTINGS = "_data/proofreading.yaml";

    private ProofreadingFiles() {
    }

    /** Where the organization's words in one language are, relative to the notices folder. */
    public static String dictionary(Language language) {
        return "_data/dictionary-" + language.id() + ".txt";
    }

    public static ProofreadingData load(Path directory, Function<Path, String> display, Problems problems) {
        MessageDigest fingerprint = sha256();
        Set<String> everywhere = words(directory.resolve(DICTIONARY), display, fingerprint, problems);
        Map<Language, Set<String>> words = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Set<String> own = new HashSet<>(everywhere);
            own.addAll(words(directory.resolve(dictionary(language)), display, fingerprint, problems));
            words.put(language, own);
        }
        Map<String, String> disabled = new LinkedHashMap<>();
        Map<Language, String> variants = new EnumMap<>(Language.class);
        Path settings = directory.resolve(SETTINGS);
        if (Files.isRegularFile(settings)) {
            digest(settings, fingerprint, display, problems);
            YamlLoader.load(settings, display.apply(settings), problems).ifPresent(root -> {
                entries(root, "disabledRules", problems).forEach(entry -> disabled.put(entry.key().value(),
                        text(entry.value()).orElse("")));
                entries(root, "variants", problems).forEach(entry -> {
                    Optional<Language> language = Arrays.stream(Language.values())
                            .filter(l -> l.id().equals(entry.key().value())).findFirst();
                    if (language.isEmpty()) {
                        problems.error(entry.key().location(), "no language is called '" + entry.key().value()
                                + "'; the languages are " + Arrays.stream(Language.values()).map(Language::id).toList());
                    }
                    language.ifPresent(l -> text(entry.value()).ifPresent(variant -> variants.put(l, variant)));
                });
            });
        }
        return new ProofreadingData(words, disabled, variants, java.util.HexFormat.of().formatHex(fingerprint.digest()));
    }

    private static List<YamlNode.Entry> entries(YamlNode root, String key, Problems problems) {
        if (!(root instanceof YamlNode.Mapping mapping)) {
            problems.error(root.location(), "expected a mapping with 'variants' and 'disabledRules', found " + root.kind());
            return List.of();
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.key().value().equals(key)) {
                if (entry.value() instanceof YamlNode.Mapping values) {
                    return values.entries();
                }
                problems.error(entry.value().location(), "'" + key + "' is a mapping, found " + entry.value().kind());
            }
        }
        return List.of();
    }

    private static Optional<String> text(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && !scalar.isNull() ? Optional.of(scalar.value()) : Optional.empty();
    }

    private static Set<String> words(Path file, Function<Path, String> display, MessageDigest fingerprint,
            Problems problems) {
        Set<String> words = new HashSet<>();
        if (!Files.isRegularFile(file)) {
            return words;
        }
        digest(file, fingerprint, display, problems);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int comment = line.indexOf('#');
                String word = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            problems.error(Location.ofFile(display.apply(file)), "cannot read the dictionary: " + e.getMessage());
        }
        return words;
    }

    private static void digest(Path file, MessageDigest fingerprint, Function<Path, String> display, Problems problems) {
        try {
            fingerprint.update(display.apply(file).getBytes(StandardCharsets.UTF_8));
            fingerprint.update(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(Location.ofFile(display.apply(file)), "cannot read the file: " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
