package org.vacancypress.core.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.YamlNode.Scalar;
import org.vacancypress.core.model.Cancellation;
import org.vacancypress.core.model.Contract;
import org.vacancypress.core.model.ContractType;
import org.vacancypress.core.model.DutyGroup;
import org.vacancypress.core.model.DutyStation;
import org.vacancypress.core.model.Eligibility;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.LanguageRequirements;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.NoticeStatus;
import org.vacancypress.core.model.PostingPeriod;
import org.vacancypress.core.model.Salary;
import org.vacancypress.core.model.SalaryPeriod;
import org.vacancypress.core.model.StaffCategory;
import org.vacancypress.core.model.VacancyType;
import org.vacancypress.core.model.Vocabularies;

/**
 * Binds a notice file's tree to a {@link Notice}. The fields read here are the notice format:
 * {@code NOTICE-FORMAT.md} and {@code notice.schema.json} describe the same fields, and a test
 * holds the three together.
 */
public final class NoticeBinder {

    private static final String AS_SOON_AS_POSSIBLE = "as-soon-as-possible";

    private NoticeBinder() {
    }

    /**
     * A notice as far as its file could be bound. When the file has errors (reported to
     * {@code problems}), the notice is not {@code complete}: the fields in error hold stand-ins,
     * named in its sources' unbound fields, so that the rules can still check all the others.
     */
    public record Bound(Notice notice, boolean complete) {
    }

    /**
     * The notice, or empty when the file has errors (reported to {@code problems}).
     *
     * @param source the file, read again only to point at a warning inside a long text
     * @param organizationLanguage the language of a notice without {@code language:}
     * @param vocabularies the values its organization allows for its vacancy type, staff category,
     *     contract type and first-tier groups; without them, any
     */
    public static Optional<Notice> bind(YamlNode root, String name, String displayName, Optional<Path> source,
            Language organizationLanguage, Optional<Vocabularies> vocabularies, Problems problems) {
        return bindAll(root, name, displayName, source, organizationLanguage, vocabularies, problems)
                .filter(Bound::complete).map(Bound::notice);
    }

    /** As {@link #bind}, keeping a notice bound in part; empty only when the file is not a mapping at all. */
    public static Optional<Bound> bindAll(YamlNode root, String name, String displayName, Optional<Path> source,
            Language organizationLanguage, Optional<Vocabularies> vocabularies, Problems problems) {
        Binding binding = new Binding(displayName, problems, source);
        Optional<Fields> top = Fields.of(root, "", binding);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        Optional<String> reference = f.text("reference", true);
        Optional<VacancyType> vacancyType = f.term("vacancyType", true, vocabularies, "vacancyTypes")
                .map(VacancyType::new);
        Optional<String> title = f.text("title", true);
        Optional<String> unit = f.text("unit", false);
        Optional<DutyStation> dutyStation = f.mapping("dutyStation", true).flatMap(NoticeBinder::dutyStation);
        List<DutyStation> otherDutyStations = f.list("otherDutyStations", false, (node, where) ->
                Fields.of(node, where, f.binding()).flatMap(NoticeBinder::dutyStation));
        Optional<String> grade = f.text("grade", false);
        Optional<StaffCategory> staffCategory = f.term("staffCategory", false, vocabularies, "staffCategories")
                .map(StaffCategory::new);
        List<String> occupationalGroups = f.texts("occupationalGroups", false);
        Optional<Contract> contract = f.mapping("contract", true).flatMap(c -> contract(c, vocabularies));
        Optional<LocalDate> startDate = startDate(f);
        Optional<PostingPeriod> posting = f.mapping("posting", true).flatMap(NoticeBinder::posting);
        // A notice gives what the organization's sections need (the validator checks it); absent, empty.
        Optional<Eligibility> eligibility = f.mapping("eligibility", false).map(e -> eligibility(e, vocabularies))
                .orElse(Optional.of(new Eligibility(Set.of(), false)));
        boolean directReports = f.bool("directReports").orElse(false);
        Optional<Integer> competencyLevel = f.integer("competencyLevel", false, 1, 3);
        Language language = f.keyword("language", false, Language.class).orElse(organizationLanguage);
        boolean draft = f.bool("draft").orElse(false);
        Optional<String> applyUrl = f.text("applyUrl", false);
        Optional<String> applyEmail = f.text("applyEmail", false);
        Optional<Salary> salary = f.mapping("salary", false).flatMap(NoticeBinder::salary);
        String context = f.text("context", false).orElse("");
        List<DutyGroup> responsibilities = responsibilities(f);
        List<String> education = f.texts("education", false);
        List<String> experience = f.texts("experience", false);
        List<String> skills = f.texts("skills", false);
        LanguageRequirements languages = f.mapping("languages", false).map(NoticeBinder::languages)
                .orElse(new LanguageRequirements(List.of(), List.of()));
        List<String> notes = f.texts("notes", false);
        List<String> omit = f.texts("omit", false);
        Map<String, String> wording = f.mapping("wording", false).map(Fields::textsByKey).orElse(Map.of());
        Map<String, String> suppressedWarnings = f.mapping("suppressWarnings", false)
                .map(Fields::textsByKey).orElse(Map.of());
        Optional<Cancellation> cancellation = cancellation(f);
        f.rejectUnknownKeys();

        // The stand-ins are read by no rule: the rules skip unbound fields.
        Notice notice = new Notice(name, reference.orElse(""), vacancyType.orElse(new VacancyType("")),
                title.orElse(""), unit, dutyStation.orElse(new DutyStation("", "", false)), grade, staffCategory,
                occupationalGroups,
                contract.orElse(new Contract(new ContractType(""), Optional.empty(), false, Optional.empty())), startDate,
                posting.orElse(new PostingPeriod(LocalDate.EPOCH, Optional.empty(), Optional.empty(), Optional.empty())),
                eligibility.orElse(new Eligibility(Set.of(), false)), directReports,
                competencyLevel, language, draft, applyUrl, applyEmail, salary, context, responsibilities, education,
                experience, skills, languages, notes, omit, wording, suppressedWarnings, cancellation,
                otherDutyStations, binding.sources());
        return Optional.of(new Bound(notice, !binding.failed()));
    }

    /** A city in a country, or home-based: then both are optional (a home anywhere, a home in a country). */
    private static Optional<DutyStation> dutyStation(Fields f) {
        boolean homeBased = f.bool("homeBased").orElse(false);
        Optional<String> city = f.text("city", !homeBased);
        Optional<String> country = f.text("country", !homeBased);
        f.rejectUnknownKeys();
        // A wrong city does not keep the country from being checked.
        return city.isEmpty() && country.isEmpty() && !homeBased ? Optional.empty()
                : Optional.of(new DutyStation(city.orElse(""), country.orElse(""), homeBased));
    }

    /** {@code status: cancelled}, with the day and the reason {@code cancellation} may give. */
    private static Optional<Cancellation> cancellation(Fields f) {
        boolean cancelled = f.keyword("status", false, NoticeStatus.class).filter(NoticeStatus.CANCELLED::equals)
                .isPresent();
        Optional<Fields> details = f.mapping("cancellation", false);
        Optional<LocalDate> date = details.flatMap(d -> d.date("date", false));
        Optional<String> reason = details.flatMap(d -> d.text("reason", false));
        details.ifPresent(Fields::rejectUnknownKeys);
        if (details.isPresent() && !cancelled) {
            f.error("cancellation", "'cancellation' is only for a cancelled notice: add 'status: cancelled',"
                    + " or remove 'cancellation'");
        }
        return cancelled ? Optional.of(new Cancellation(date, reason)) : Optional.empty();
    }

    /** An amount or range in a currency for a period: a notice's salary, or a scale's in the organization's data. */
    static Optional<Salary> salary(Fields f) {
        Optional<String> currency = f.text("currency", true);
        currency.filter(code -> !code.matches("[A-Z]{3}")).ifPresent(code -> f.error("currency",
                "'" + f.path("currency") + "' must be an ISO 4217 code of three capital letters, such as USD or EUR"));
        Optional<Integer> minimum = f.integer("minimum", true, 0, 999_999_999);
        Optional<Integer> maximum = f.integer("maximum", false, 0, 999_999_999);
        if (minimum.isPresent() && maximum.isPresent() && maximum.get() < minimum.get()) {
            f.error("maximum", "'" + f.path("maximum") + "' is less than '" + f.path("minimum")
                    + "'; give the range from the lower amount");
        }
        Optional<SalaryPeriod> period = f.keyword("period", true, SalaryPeriod.class);
        f.rejectUnknownKeys();
        return currency.filter(code -> code.matches("[A-Z]{3}")).flatMap(c -> minimum.flatMap(
                min -> period.map(p -> new Salary(c, min, maximum.filter(max -> max >= min), p))));
    }

    private static Optional<Contract> contract(Fields f, Optional<Vocabularies> vocabularies) {
        Optional<ContractType> type = f.term("type", true, vocabularies, "contractTypes").map(ContractType::new);
        Optional<Integer> months = f.integer("durationMonths", false, 1, 120);
        boolean extensible = f.bool("extensible").orElse(false);
        Optional<Integer> days = f.integer("durationDays", false, 1, 366);
        f.rejectUnknownKeys();
        if (months.isPresent() && days.isPresent()) {
            f.error("durationDays", "a contract's duration is in months or in days, not both: remove '"
                    + f.path("durationMonths") + "' or '" + f.path("durationDays") + "'");
        }
        return type.map(t -> new Contract(t, months, extensible, days));
    }

    private static Optional<LocalDate> startDate(Fields f) {
        return f.node("startDate", false).flatMap(node -> {
            if (node instanceof Scalar scalar && scalar.value().strip().equals(AS_SOON_AS_POSSIBLE)) {
                return Optional.empty();
            }
            return f.date(node, "startDate");
        });
    }

    private static Optional<PostingPeriod> posting(Fields f) {
        Optional<LocalDate> opens = f.date("opens", true);
        Optional<LocalDate> closes = f.date("closes", false);
        Optional<LocalDate> updated = f.date("updated", false);
        Optional<LocalDate> extendedTo = f.date("extendedTo", false);
        f.rejectUnknownKeys();
        if (extendedTo.isPresent() && closes.isEmpty()) {
            f.error("extendedTo", "'" + f.path("extendedTo") + "' extends the closing date, but the notice has none:"
                    + " give the first closing date as 'closes'");
        }
        extendedTo.filter(day -> closes.filter(first -> !day.isAfter(first)).isPresent()).ifPresent(day -> f.error(
                "extendedTo", "'" + f.path("extendedTo") + "' (" + day + ") is not after 'posting.closes' ("
                        + closes.get() + "); an extended closing date is later than the first one"));
        return opens.map(o -> new PostingPeriod(o, closes, updated, extendedTo));
    }

    private static Optional<Eligibility> eligibility(Fields f, Optional<Vocabularies> vocabularies) {
        List<FirstTierGroup> groups = f.list("firstTier", true,
                (node, where) -> f.term(node, where, vocabularies, "firstTierGroups").map(FirstTierGroup::new));
        boolean encourageFemale = f.bool("encourageFemaleCandidates").orElse(false);
        f.rejectUnknownKeys();
        return groups.isEmpty() ? Optional.empty()
                : Optional.of(new Eligibility(Set.copyOf(groups), encourageFemale));
    }

    /**
     * Flat duties and titled groups may be mixed: consecutive flat duties form an untitled group.
     * Each duty's place is recorded as {@code duties[n]}, n counting all duties in order, and each
     * group title's as {@code groups[n]}, n counting the titled groups.
     */
    private static List<DutyGroup> responsibilities(Fields f) {
        List<DutyGroup> groups = new ArrayList<>();
        List<String> untitled = new ArrayList<>();
        int[] counted = {0};
        BiFunction<YamlNode, String, Optional<String>> readDuty = (node, where) -> {
            f.binding().record("duties[" + ++counted[0] + "]", node.location());
            return f.text(node, where);
        };
        int[] titled = {0};
        for (Object entry : f.list("responsibilities", false,
                (node, where) -> responsibility(f, node, where, readDuty, titled))) {
            if (entry instanceof String duty) {
                untitled.add(duty);
            } else {
                flush(untitled, groups);
                groups.add((DutyGroup) entry);
            }
        }
        flush(untitled, groups);
        return groups;
    }

    private static Optional<Object> responsibility(Fields f, YamlNode node, String where,
            BiFunction<YamlNode, String, Optional<String>> duty, int[] titled) {
        boolean hasTitle = node instanceof YamlNode.Mapping mapping
                && mapping.entries().stream().anyMatch(entry -> entry.key().value().equals("group"));
        if (node instanceof Scalar || !hasTitle && PasteSlips.itemRead(node).isPresent()) {
            return duty.apply(node, where).map(Object.class::cast);
        }
        return Fields.of(node, where, f.binding()).flatMap(group -> {
            Optional<String> title = group.text("group", true);
            group.node("group", false).ifPresent(titleNode ->
                    f.binding().record("groups[" + ++titled[0] + "]", titleNode.location()));
            List<String> duties = group.list("items", true, duty);
            group.rejectUnknownKeys();
            return title.map(t -> new DutyGroup(Optional.of(t), duties));
        });
    }

    private static void flush(List<String> untitled, List<DutyGroup> groups) {
        if (!untitled.isEmpty()) {
            groups.add(new DutyGroup(Optional.empty(), untitled));
            untitled.clear();
        }
    }

    private static LanguageRequirements languages(Fields f) {
        List<String> required = f.texts("required", true);
        List<String> advantage = f.texts("advantage", false);
        f.rejectUnknownKeys();
        return new LanguageRequirements(required, advantage);
    }
}
