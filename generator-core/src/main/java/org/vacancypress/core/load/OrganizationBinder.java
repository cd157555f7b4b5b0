package org.vacancypress.core.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.YamlNode.Entry;
import org.vacancypress.core.model.ApplicationSystem;
import org.vacancypress.core.model.Checks;
import org.vacancypress.core.model.ClosingTime;
import org.vacancypress.core.model.Competency;
import org.vacancypress.core.model.Condition;
import org.vacancypress.core.model.ContractType;
import org.vacancypress.core.model.CompetencyFramework;
import org.vacancypress.core.model.Dated;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Salary;
import org.vacancypress.core.model.SalaryScale;
import org.vacancypress.core.model.Section;
import org.vacancypress.core.model.Translation;
import org.vacancypress.core.model.StaffCategory;
import org.vacancypress.core.model.StandardNote;
import org.vacancypress.core.model.VacancyType;

/** Binds the organization's data files to one {@link Organization}. */
public final class OrganizationBinder {

    private OrganizationBinder() {
    }

    /** A data file's tree and how messages name it; the tree is empty when the file is absent. */
    public record Source(Optional<YamlNode> root, String displayName) {
    }

    public static Optional<Organization> bind(Source organization, Source memberStates, Source competencies,
            Source salaryScales, Map<Language, Source> translations, Problems problems) {
        Binding binding = new Binding(organization.displayName(), problems, Optional.empty());
        Optional<Fields> top = organization.root().flatMap(root -> Fields.of(root, "", binding));
        Optional<Dated<List<String>>> nms = dated(memberStates, "versions", problems,
                f -> Optional.of(f.texts("countries", true)));
        Optional<Dated<CompetencyFramework>> frameworks = dated(competencies, "editions", problems,
                OrganizationBinder::framework);
        Optional<Dated<List<SalaryScale>>> scales = dated(salaryScales, "versions", problems,
                f -> Optional.of(f.list("scales", true, (node, where) -> Fields.of(node, where, f.binding())
                        .flatMap(OrganizationBinder::salaryScale))));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        Optional<String> name = f.text("name", true);
        Optional<String> shortName = f.text("shortName", true);
        Optional<String> article = f.text("article", false);
        Optional<String> website = f.text("website", true);
        Optional<String> careersUrl = f.text("careersUrl", true);
        Optional<ApplicationSystem> applicationSystem = f.mapping("applicationSystem", false)
                .flatMap(OrganizationBinder::applicationSystem);
        // Pages the boilerplate may link to; an organization without them leaves them out.
        String workplaceCultureUrl = f.text("workplaceCultureUrl", false).orElse("");
        String competencyFrameworkUrl = f.text("competencyFrameworkUrl", false).orElse("");
        String jobCategoryUrl = f.text("jobCategoryUrl", false).orElse("");
        Optional<ClosingTime> closingTime = f.mapping("closingTime", true).flatMap(OrganizationBinder::closingTime);
        List<String> officialLanguages = f.texts("officialLanguages", true);
        List<Section> sections = f.list("sections", true,
                (node, where) -> Fields.of(node, where, binding).flatMap(OrganizationBinder::section));
        unique(sections.stream().map(Section::id).toList(), "sections", "section",
                "a notice's omit names sections by it", binding);
        Optional<String> introduction = f.text("introduction", true);
        Optional<String> workplaceCulture = f.text("workplaceCulture", true);
        Optional<String> educationNote = f.text("educationNote", true);
        Optional<String> languageAssessment = f.text("languageAssessment", true);
        Map<StaffCategory, List<String>> grades = f.mapping("grades", true).map(OrganizationBinder::grades)
                .orElse(Map.of());
        Map<String, Integer> competencyLevels = f.mapping("competencyLevels", false)
                .map(OrganizationBinder::competencyLevels).orElse(Map.of());
        List<StandardNote> notes = f.list("notes", true,
                (node, where) -> Fields.of(node, where, binding).flatMap(OrganizationBinder::note));
        // Translations find notes by id: two with one id would show one note's translation twice.
        unique(notes.stream().map(StandardNote::id).toList(), "notes", "note", "the translations name notes by it",
                binding);
        Optional<String> zeroTolerance = f.text("zeroTolerance", true);
        Optional<String> antiFraud = f.text("antiFraud", true);
        List<String> howToApply = f.texts("howToApply", true);
        Checks checks = f.mapping("checks", false).map(OrganizationBinder::checks).orElse(Checks.NONE);
        f.rejectUnknownKeys();
        Map<Language, Translation> translated = new EnumMap<>(Language.class);
        boolean translationsBound = true;
        for (Map.Entry<Language, Source> file : translations.entrySet()) {
            Optional<Translation> translation = translation(file.getValue(), problems);
            translation.ifPresent(t -> translated.put(file.getKey(), t));
            translationsBound &= translation.isPresent();
        }

        if (binding.failed() || nms.isEmpty() || frameworks.isEmpty() || scales.isEmpty() || !translationsBound) {
            return Optional.empty();
        }
        return Optional.of(new Organization(name.orElseThrow(), shortName.orElseThrow(), article, website.orElseThrow(),
                careersUrl.orElseThrow(), applicationSystem, workplaceCultureUrl,
                competencyFrameworkUrl, jobCategoryUrl, closingTime.orElseThrow(),
                officialLanguages, sections, introduction.orElseThrow(), workplaceCulture.orElseThrow(),
                educationNote.orElseThrow(), languageAssessment.orElseThrow(), grades, competencyLevels, notes,
                zeroTolerance.orElseThrow(), antiFraud.orElseThrow(), howToApply, nms.get(), frameworks.get(), scales.get(), checks,
                translated, binding.sources()));
    }

    /**
     * The organization's texts in one more language, from {@code _i18n/<language>.yaml}. Every
     * part is optional here: what a notice needs and the file lacks is reported for that notice.
     */
    private static Optional<Translation> translation(Source source, Problems problems) {
        Binding binding = new Binding(source.displayName(), problems, Optional.empty());
        Optional<Fields> top = source.root().flatMap(root -> Fields.of(root, "", binding));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : Translation.TEXT_KEYS) {
            f.text(key, false).ifPresent(text -> texts.put(key, text));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String key : Translation.LIST_KEYS) {
            List<String> items = f.texts(key, false);
            if (!items.isEmpty()) {
                lists.put(key, items);
            }
        }
        Map<String, String> notes = f.mapping("notes", false).map(Fields::textsByKey).orElse(Map.of());
        Map<String, String> countries = f.mapping("countries", false).map(Fields::textsByKey)
                .orElse(Map.of());
        Map<String, Competency> competencies = new LinkedHashMap<>();
        // competencies: {2023-01-01: {Teamwork: {name: ..., description: ...}}}, by edition then English name.
        f.mapping("competencies", false).ifPresent(editions -> {
            for (Entry edition : editions.entriesAsData()) {
                Fields.of(edition.value(), editions.path(edition.key().value()), binding).ifPresent(named -> {
                    for (Entry entry : named.entriesAsData()) {
                        Fields.of(entry.value(), named.path(entry.key().value()), binding)
                                .flatMap(OrganizationBinder::competency)
                                .ifPresent(c -> competencies.put(
                                        Translation.competencyKey(edition.key().value(), entry.key().value()), c));
                    }
                });
            }
        });
        f.rejectUnknownKeys();
        return binding.failed() ? Optional.empty()
                : Optional.of(new Translation(texts, lists, notes, competencies, countries));
    }

    private static Optional<ApplicationSystem> applicationSystem(Fields f) {
        Optional<String> name = f.text("name", true);
        Optional<String> url = f.text("url", false);
        Optional<String> email = f.text("email", false);
        Optional<String> internalUrl = f.text("internalUrl", false);
        if (url.isPresent() == email.isPresent()) {
            f.binding().error(f.binding().sources().of(f.path("name")), "'applicationSystem' needs one of 'url'"
                    + " (the application form) and 'email' (where applications are sent)");
        }
        f.rejectUnknownKeys();
        return name.map(n -> new ApplicationSystem(n, url, email, internalUrl));
    }

    private static Optional<ClosingTime> closingTime(Fields f) {
        Optional<LocalTime> time = f.node("time", true).flatMap(node -> f.text(node, f.path("time"))
                .flatMap(text -> parse(f, node, "a time written HH:MM, e.g. 23:59", () -> LocalTime.parse(text))));
        Optional<ZoneId> zone = f.node("zone", true).flatMap(node -> f.text(node, f.path("zone"))
                .flatMap(text -> parse(f, node, "a time zone such as Europe/Zurich", () -> ZoneId.of(text))));
        Optional<String> place = f.text("place", true);
        f.rejectUnknownKeys();
        return time.flatMap(t -> zone.flatMap(z -> place.map(p -> new ClosingTime(t, z, p))));
    }

    private static <T> Optional<T> parse(Fields f, YamlNode node, String expected,
            Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DateTimeException e) {
            f.binding().error(node.location(), "expected " + expected + ", found '"
                    + Texts.abbreviate(((YamlNode.Scalar) node).value()) + "'");
            return Optional.empty();
        }
    }

    private static Map<StaffCategory, List<String>> grades(Fields f) {
        Map<StaffCategory, List<String>> grades = new EnumMap<>(StaffCategory.class);
        for (StaffCategory category : StaffCategory.values()) {
            grades.put(category, f.texts(category.id(), false));
        }
        f.rejectUnknownKeys();
        return grades;
    }

    /** Grades are data, not keys of the format: every key is taken, and each value must be a level. */
    private static Map<String, Integer> competencyLevels(Fields f) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Entry entry : f.entriesAsData()) {
            String grade = entry.key().value();
            f.integer(entry.value(), f.path(grade), 1, 3).ifPresent(level -> levels.put(grade, level));
        }
        return levels;
    }

    private static Checks checks(Fields f) {
        Optional<Integer> minimum = f.integer("minimumPostingDays", false, 1, 365);
        Optional<Integer> maximum = f.integer("maximumPostingDays", false, 1, 365);
        boolean weekendClosing = f.bool("weekendClosing").orElse(true);
        Optional<Integer> maxAge = f.integer("memberStatesListMaxAgeMonths", false, 1, 600);
        f.rejectUnknownKeys();
        return new Checks(minimum, maximum, weekendClosing, maxAge);
    }

    /** Each of {@code ids}, the items of the list {@code key}, must be its own. */
    private static void unique(List<String> ids, String key, String item, String why, Binding binding) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                binding.error(binding.sources().of(key + "[" + (i + 1) + "].id"), "another " + item + " has the id '"
                        + ids.get(i) + "'; give each " + item + " its own, " + why);
            }
        }
    }

    private static Optional<StandardNote> note(Fields f) {
        Optional<String> id = f.text("id", true);
        Optional<String> text = f.text("text", true);
        Condition when = f.mapping("when", false).map(OrganizationBinder::condition).orElse(Condition.ALWAYS);
        f.rejectUnknownKeys();
        return id.flatMap(i -> text.map(t -> new StandardNote(i, t, when)));
    }

    /** A section's template is {@code sections/<id>.ftlh} unless it names another. */
    private static Optional<Section> section(Fields f) {
        Optional<String> id = f.text("id", true);
        Optional<String> template = f.text("template", false);
        boolean optional = f.bool("optional").orElse(false);
        Condition when = f.mapping("when", false).map(OrganizationBinder::condition).orElse(Condition.ALWAYS);
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
    private static Condition condition(Fields when) {
        List<VacancyType> vacancyTypes = when.list("vacancyType", false,
                (node, where) -> when.keyword(node, where, VacancyType.class));
        List<StaffCategory> categories = when.list("staffCategory", false,
                (node, where) -> when.keyword(node, where, StaffCategory.class));
        List<String> grades = when.texts("grade", false);
        List<ContractType> contracts = when.list("contractType", false,
                (node, where) -> when.keyword(node, where, ContractType.class));
        List<Language> languages = when.list("language", false,
                (node, where) -> when.keyword(node, where, Language.class));
        List<FirstTierGroup> firstTier = when.list("firstTier", false,
                (node, where) -> when.keyword(node, where, FirstTierGroup.class));
        Optional<LocalDate> opensFrom = when.date("opensFrom", false);
        Optional<LocalDate> opensBefore = when.date("opensBefore", false);
        when.rejectUnknownKeys();
        return new Condition(Set.copyOf(vacancyTypes), Set.copyOf(categories), Set.copyOf(grades),
                Set.copyOf(contracts), Set.copyOf(languages), Set.copyOf(firstTier), opensFrom, opensBefore);
    }

    private static Optional<CompetencyFramework> framework(Fields f) {
        boolean levelled = f.bool("levelled").orElse(false);
        List<Competency> values = competencies(f, "values");
        List<Competency> core = competencies(f, "core");
        List<Competency> managerial = competencies(f, "managerial");
        return Optional.of(new CompetencyFramework(levelled, values, core, managerial));
    }

    private static List<Competency> competencies(Fields f, String key) {
        return f.list(key, false, (node, where) -> Fields.of(node, where, f.binding())
                .flatMap(OrganizationBinder::competency));
    }

    private static Optional<Competency> competency(Fields item) {
        Optional<String> name = item.text("name", true);
        Optional<String> description = item.text("description", true);
        item.rejectUnknownKeys();
        return name.flatMap(n -> description.map(d -> new Competency(n, d)));
    }

    /**
     * A data file of dated versions: {@code listKey} holds items each with {@code inForceFrom}
     * and the fields {@code value} reads. An absent file is an empty history.
     */
    /** A grade's salary at a duty station (country, and city), or everywhere. */
    private static Optional<SalaryScale> salaryScale(Fields f) {
        Optional<String> grade = f.text("grade", true);
        Optional<Fields> station = f.mapping("dutyStation", false);
        Optional<String> country = station.flatMap(s -> s.text("country", true));
        Optional<String> city = station.flatMap(s -> s.text("city", false));
        station.ifPresent(Fields::rejectUnknownKeys);
        Optional<Salary> salary = NoticeBinder.salary(f);
        return grade.flatMap(g -> salary.map(amount -> new SalaryScale(g, country, city, amount)));
    }

    private static <T> Optional<Dated<T>> dated(Source source, String listKey, Problems problems,
            Function<Fields, Optional<T>> value) {
        if (source.root().isEmpty()) {
            return Optional.of(new Dated<>(List.of()));
        }
        Binding binding = new Binding(source.displayName(), problems, Optional.empty());
        Optional<Dated<T>> dated = Fields.of(source.root().get(), "", binding).map(top -> {
            List<Dated.Version<T>> versions = top.list(listKey, true,
                    (node, where) -> Fields.of(node, where, binding).flatMap(item -> {
                        Optional<LocalDate> from = item.date("inForceFrom", true);
                        Optional<T> content = value.apply(item);
                        item.rejectUnknownKeys();
                        return from.flatMap(d -> content.map(c -> new Dated.Version<>(d, c)));
                    }));
            top.rejectUnknownKeys();
            return new Dated<>(versions);
        });
        return binding.failed() ? Optional.empty() : dated;
    }
}
