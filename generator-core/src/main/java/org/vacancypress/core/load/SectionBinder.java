package org.vacancypress.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vacancypress.core.model.Condition;
import org.vacancypress.core.model.ContractType;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Section;
import org.vacancypress.core.model.StaffCategory;
import org.vacancypress.core.model.StandardNote;
import org.vacancypress.core.model.VacancyType;
import org.vacancypress.core.model.Vocabularies;

/** Binds what {@code _organization.yaml} chooses by a notice's facts: its sections and standard notes, each with its {@code when}. */
final class SectionBinder {

    private SectionBinder() {
    }

    /** A section's template is {@code sections/<id>.ftlh} unless it names another. */
    static Optional<Section> section(Fields f, Vocabularies vocabularies) {
        Optional<String> id = f.text("id", true);
        Optional<String> template = f.text("template", false);
        boolean optional = f.bool("optional").orElse(false);
        Condition when = f.mapping("when", false).map(w -> condition(w, vocabularies)).orElse(Condition.ALWAYS);
        List<String> sentences = f.texts("sentences", false);
        List<String> known = new ArrayList<>(Section.NOTICE_FIELDS);
        known.add(Section.COMPETENCY_FRAMEWORK);
        List<String> needs = f.list("needs", false, (node, where) -> f.text(node, where).filter(need -> {
            if (!known.contains(need)) {
                f.binding().error(node.location(), "a section cannot need '" + need + "'" + Texts.didYouMean(need, known)
                        + "; it may need " + String.join(", ", known));
                return false;
            }
            return true;
        }));
        f.rejectUnknownKeys();
        return id.map(i -> new Section(i, template.orElse("sections/" + i + ".ftlh"), optional, when, sentences,
                needs));
    }

    /** The notices a section or note applies to: {@code when} of {@code _organization.yaml}. */
    static Condition condition(Fields when, Vocabularies vocabularies) {
        Optional<Vocabularies> allowed = Optional.of(vocabularies);
        List<VacancyType> vacancyTypes = when.list("vacancyType", false,
                (node, where) -> when.term(node, where, allowed, "vacancyTypes").map(VacancyType::new));
        List<StaffCategory> categories = when.list("staffCategory", false,
                (node, where) -> when.term(node, where, allowed, "staffCategories").map(StaffCategory::new));
        // A grade the staff categories do not list would never match, and the section never show.
        List<String> known = vocabularies.staffCategories().terms().stream().flatMap(term -> term.grades().stream())
                .toList();
        List<String> grades = when.list("grade", false, (node, where) -> when.text(node, where).filter(grade -> {
            if (known.isEmpty() || known.contains(grade)) {
                return true;
            }
            when.binding().error(node.location(), "'" + where + "' is no grade of the staffCategories: "
                    + String.join(", ", known) + "; found '" + Texts.abbreviate(grade) + "'"
                    + Texts.didYouMean(grade, known));
            return false;
        }));
        List<ContractType> contracts = when.list("contractType", false,
                (node, where) -> when.term(node, where, allowed, "contractTypes").map(ContractType::new));
        List<Language> languages = when.list("language", false,
                (node, where) -> when.keyword(node, where, Language.class));
        List<FirstTierGroup> firstTier = when.list("firstTier", false,
                (node, where) -> when.term(node, where, allowed, "firstTierGroups").map(FirstTierGroup::new));
        Optional<LocalDate> opensFrom = when.date("opensFrom", false);
        Optional<LocalDate> opensBefore = when.date("opensBefore", false);
        when.rejectUnknownKeys();
        return new Condition(Set.copyOf(vacancyTypes), Set.copyOf(categories), Set.copyOf(grades),
                Set.copyOf(contracts), Set.copyOf(languages), Set.copyOf(firstTier), opensFrom, opensBefore);
    }

    static Optional<StandardNote> note(Fields f, Vocabularies vocabularies) {
        Optional<String> id = f.text("id", true);
        Optional<String> text = f.text("text", true);
        Condition when = f.mapping("when", false).map(w -> condition(w, vocabularies)).orElse(Condition.ALWAYS);
        f.rejectUnknownKeys();
        return id.flatMap(i -> text.map(t -> new StandardNote(i, t, when)));
    }
}
