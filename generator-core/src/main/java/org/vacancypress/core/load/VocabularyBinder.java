package org.vacancypress.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Term;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.model.Vocabulary;
import org.vacancypress.core.problem.Problems;

/**
 * Binds the {@code vocabularies:} of {@code _organization.yaml}: each vocabulary it declares
 * replaces the generator's default one ({@code vocabularies.yaml} beside this class, labelled
 * in every language).
 */
final class VocabularyBinder {

    private static final String DEFAULTS = "/org/vacancypress/core/vocabularies.yaml";
    private static final Map<Language, Vocabularies> DEFAULT = readDefaults();

    private VocabularyBinder() {
    }

    /** The default vocabularies, labelled in {@code language}. */
    static Vocabularies defaults(Language language) {
        return DEFAULT.get(language);
    }

    /** The organization's vocabularies: those {@code declared} (labels in {@code language}), else the defaults. */
    static Vocabularies bind(Optional<Fields> declared, Language language) {
        Map<String, Vocabulary> byKind = new LinkedHashMap<>();
        for (String kind : Vocabularies.KINDS) {
            Optional<Vocabulary> own = declared.filter(f -> f.node(kind, false).isPresent()).map(f -> new Vocabulary(
                    f.list(kind, true, (node, where) -> Fields.of(node, where, f.binding())
                            .flatMap(entry -> term(entry, kind, label -> label.text("label", true),
                                    except -> except.text("except", false)))), true));
            own.ifPresent(vocabulary -> unique(vocabulary, kind, declared.get()));
            byKind.put(kind, own.orElseGet(() -> defaults(language).of(kind)));
        }
        declared.ifPresent(Fields::rejectUnknownKeys);
        return Vocabularies.of(byKind);
    }

    /**
     * One value: its id, its label, and what its vocabulary gives besides (a staff category's
     * grades, a contract type's employment types, a first-tier group's wording as an exception).
     */
    private static Optional<Term> term(Fields f, String kind, Function<Fields, Optional<String>> label,
            Function<Fields, Optional<String>> except) {
        Optional<String> id = f.text("id", true).filter(i -> {
            if (!Vocabulary.ID.matcher(i).matches()) {
                f.error("id", "'" + f.path("id") + "' must be lower-case letters and digits, words joined by dashes"
                        + " (notices write it, feeds are named by it), e.g. general-service; found '"
                        + Texts.abbreviate(i) + "'");
                return false;
            }
            return true;
        });
        Optional<String> labelText = label.apply(f);
        List<String> grades = kind.equals("staffCategories") ? f.texts("grades", false) : List.of();
        List<String> employmentTypes = kind.equals("contractTypes") ? f.texts("employmentTypes", false) : List.of();
        Optional<String> exceptText = kind.equals("firstTierGroups") ? except.apply(f) : Optional.empty();
        f.rejectUnknownKeys();
        return id.flatMap(i -> labelText.map(l -> new Term(i, l, grades, exceptText, employmentTypes)));
    }

    /** Notices and translations name a value by its id: two values with one id would be one. */
    private static void unique(Vocabulary vocabulary, String kind, Fields f) {
        Set<String> seen = new HashSet<>();
        List<String> ids = vocabulary.ids();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                f.binding().error(f.binding().sources().of(f.path(kind) + "[" + (i + 1) + "].id"), "another of the "
                        + kind + " has the id '" + ids.get(i) + "'; give each its own, notices name them by it");
            }
        }
    }

    /** The generator's own vocabularies: each label given in every language. */
    private static Map<Language, Vocabularies> readDefaults() {
        byte[] bytes;
        try (InputStream in = VocabularyBinder.class.getResourceAsStream(DEFAULTS)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        Binding binding = new Binding(DEFAULTS, problems, Optional.empty());
        Map<Language, Vocabularies> defaults = new EnumMap<>(Language.class);
        Optional<Fields> top = YamlLoader.parse(bytes, DEFAULTS, problems).flatMap(root -> Fields.of(root, "", binding));
        for (Language language : Language.values()) {
            Function<String, Function<Fields, Optional<String>>> in = key -> f -> f.mapping(key, false)
                    .flatMap(texts -> Optional.ofNullable(texts.textsByKey().get(language.id())));
            Map<String, Vocabulary> byKind = new LinkedHashMap<>();
            for (String kind : Vocabularies.KINDS) {
                byKind.put(kind, new Vocabulary(top.map(f -> f.list(kind, true, (node, where) -> Fields
                        .of(node, where, binding).flatMap(entry -> term(entry, kind, in.apply("label"),
                                in.apply("except"))))).orElse(List.of()), false));
            }
            defaults.put(language, Vocabularies.of(byKind));
        }
        // Every value labelled in every language: a value lacking a label is left out of its language.
        if (problems.hasErrors() || defaults.values().stream().anyMatch(v -> Vocabularies.KINDS.stream()
                .anyMatch(kind -> v.of(kind).terms().isEmpty()
                        || v.of(kind).terms().size() != defaults.get(Language.EN).of(kind).terms().size()))) {
            throw new IllegalStateException("the generator's default vocabularies are incomplete: " + problems.list());
        }
        return defaults;
    }
}
