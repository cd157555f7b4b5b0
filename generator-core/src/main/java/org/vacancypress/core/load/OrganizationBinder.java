package org.vacancypress.core.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.YamlNode.Entry;
import org.vacancypress.core.model.ApplicationSystem;
import org.vacancypress.core.model.Checks;
import org.vacancypress.core.model.ClosingTime;
import org.vacancypress.core.model.Competency;
import org.vacancypress.core.model.CompetencyFramework;
import org.vacancypress.core.model.Dated;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.RuleSeverity;
import org.vacancypress.core.model.Salary;
import org.vacancypress.core.model.SalaryScale;
import org.vacancypress.core.model.Section;
import org.vacancypress.core.model.Translation;
import org.vacancypress.core.model.StandardNote;
import org.vacancypress.core.model.Vocabularies;

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
        // The language _organization.yaml and _data/ are written in; _i18n/ holds the others.
        Language language = f.keyword("language", false, Language.class).orElse(Language.EN);
        Optional<String> name = f.text("name", true);
        Optional<String> shortName = f.text("shortName", true);
        Optional<String> article = f.text("article", false);
        Optional<Boolean> elision = f.bool("elision");
        Optional<String> website = f.text("website", true);
        Optional<String> careersUrl = f.text("careersUrl", true);
        Optional<ApplicationSystem> applicationSystem = f.mapping("applicationSystem", false)
                .flatMap(OrganizationBinder::applicationSystem);
        // Pages the boilerplate may link to; an organization without them leaves them out.
        String workplaceCultureUrl = f.text("workplaceCultureUrl", false).orElse("");
        String competencyFrameworkUrl = f.text("competencyFrameworkUrl", false).orElse("");
        String jobCategoryUrl = f.text("jobCategoryUrl", false).orElse("");
        Optional<ClosingTime> closingTime = f.mapping("closingTime", true).flatMap(OrganizationBinder::closingTime);
        List<String> officialLanguages = f.texts("officialLanguages", false);
        Vocabularies vocabularies = VocabularyBinder.bind(f.mapping("vocabularies", false), language);
        List<Section> sections = f.list("sections", true,
                (node, where) -> Fields.of(node, where, binding).flatMap(s -> SectionBinder.section(s, vocabularies)));
        unique(sections.stream().map(Section::id).toList(), "sections", "section",
                "a notice's omit names sections by it", binding);
        Optional<String> introduction = f.text("introduction", false);
        Optional<String> workplaceCulture = f.text("workplaceCulture", false);
        Optional<String> educationNote = f.text("educationNote", false);
        Optional<String> languageAssessment = f.text("languageAssessment", false);
        Map<String, Integer> competencyLevels = f.mapping("competencyLevels", false)
                .map(OrganizationBinder::competencyLevels).orElse(Map.of());
        List<StandardNote> notes = f.list("notes", false,
                (node, where) -> Fields.of(node, where, binding).flatMap(n -> SectionBinder.note(n, vocabularies)));
        // Translations find notes by id: two with one id would show one note's translation twice.
        unique(notes.stream().map(StandardNote::id).toList(), "notes", "note", "the translations name notes by it",
                binding);
        Optional<String> zeroTolerance = f.text("zeroTolerance", false);
        Optional<String> antiFraud = f.text("antiFraud", false);
        List<String> howToApply = f.texts("howToApply", false);
        Checks checks = f.mapping("checks", false).map(OrganizationBinder::checks).orElse(Checks.NONE);
        Map<String, String> messages = TranslationBinder.messages(f);
        f.rejectUnknownKeys();
        Map<Language, Translation> translated = new EnumMap<>(Language.class);
        boolean translationsBound = true;
        for (Map.Entry<Language, Source> file : translations.entrySet()) {
            if (file.getKey() == language) {
                problems.error(Location.ofFile(file.getValue().displayName()), "_organization.yaml is written in "
                        + language.id() + " (its 'language'): its texts need no translation into it; delete this file");
                translationsBound = false;
                continue;
            }
            Optional<Translation> translation = TranslationBinder.bind(file.getValue(), vocabularies,
                    notes.stream().map(StandardNote::id).distinct().toList(), problems);
            translation.ifPresent(t -> translated.put(file.getKey(), t));
            translationsBound &= translation.isPresent();
        }

        if (binding.failed() || nms.isEmpty() || frameworks.isEmpty() || scales.isEmpty() || !translationsBound) {
            return Optional.empty();
        }
        return Optional.of(new Organization(language, name.orElseThrow(), shortName.orElseThrow(), article, elision, website.orElseThrow(),
                careersUrl.orElseThrow(), applicationSystem, workplaceCultureUrl,
                competencyFrameworkUrl, jobCategoryUrl, closingTime.orElseThrow(),
                officialLanguages, sections, introduction.orElse(""), workplaceCulture.orElse(""),
                educationNote.orElse(""), languageAssessment.orElse(""), vocabularies, competencyLevels, notes,
                zeroTolerance.orElse(""), antiFraud.orElse(""), howToApply, nms.get(), frameworks.get(), scales.get(), checks, messages,
                Map.copyOf(translated), binding.sources()));
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

    /** Grades are data, not keys of the format: every key is taken, and each value must be a level. */
    private static Map<String, Integer> competencyLevels(Fields f) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Entry entry : f.entriesAsData()) {
            String grade = entry.key().value();
            f.integer(entry.value(), f.path(grade), 1, 3).ifPresent(level -> levels.put(grade, level));
        }
        return Map.copyOf(levels);
    }

    private static Checks checks(Fields f) {
        Optional<Integer> minimum = f.integer("minimumPostingDays", false, 1, 365);
        Optional<Integer> maximum = f.integer("maximumPostingDays", false, 1, 365);
        boolean weekendClosing = f.bool("weekendClosing").orElse(true);
        Optional<Integer> maxAge = f.integer("memberStatesListMaxAgeMonths", false, 1, 600);
        Map<String, RuleSeverity> rules = new LinkedHashMap<>();
        // Rule ids are the linter's to know: an unknown one is reported there.
        f.mapping("rules", false).ifPresent(ids -> ids.entriesAsData().forEach(entry -> ids
                .keyword(entry.value(), ids.path(entry.key().value()), RuleSeverity.class)
                .ifPresent(severity -> rules.put(entry.key().value(), severity))));
        f.rejectUnknownKeys();
        return new Checks(minimum, maximum, weekendClosing, maxAge, rules);
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

    /** A competency's name and description, in a framework or in a translation. */
    static Optional<Competency> competency(Fields item) {
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
