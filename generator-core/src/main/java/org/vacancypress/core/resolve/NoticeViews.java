package org.vacancypress.core.resolve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.model.ApplicationSystem;
import org.vacancypress.core.model.ClosingTime;
import org.vacancypress.core.model.CompetencyFramework;
import org.vacancypress.core.model.DutyGroup;
import org.vacancypress.core.model.DutyStation;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Salary;
import org.vacancypress.core.model.SalaryScale;
import org.vacancypress.core.model.StandardNote;
import org.vacancypress.core.model.Term;
import org.vacancypress.core.model.Vocabulary;

/**
 * Chooses the boilerplate each notice gets from its facts (staff category, first-tier groups,
 * opening date, grade) and turns notice and organization into the immutable views templates
 * see: {@link NoticeFacts}, {@link NoticeContent}, {@link OrganizationView}. Every list they
 * hold is unmodifiable (the model's own, or made here by {@code toList}); their Markdown stays
 * Markdown until rendering.
 */
public final class NoticeViews {

    private final Organization organization;
    private final Instant now;
    private final LocalDate today;
    private final int closingSoonDays;
    private final Map<String, List<Notice>> byReference;
    private final Map<Language, Organization> translated = new EnumMap<>(Language.class);
    private final Map<Language, OrganizationView> organizationViews = new EnumMap<>(Language.class);

    /**
     * @param organization the organization in every language, translated once a build
     * @param now the moment notices are judged open or closed at
     * @param closingSoonDays an open notice closing within this many days, today included, is closing soon
     * @param published the notices of the site: those with one reference are one vacancy in several
     *     languages, and each page links the others
     */
    public NoticeViews(Map<Language, OrganizationTranslator.Translated> organization, Instant now,
            int closingSoonDays, List<Notice> published) {
        this.organization = OrganizationTranslator.original(organization);
        this.now = now;
        this.today = now.atZone(this.organization.closingTime().zone()).toLocalDate();
        this.closingSoonDays = closingSoonDays;
        this.byReference = published.stream().sorted(Comparator.comparing(Notice::language))
                .collect(Collectors.groupingBy(Notice::reference));
        for (Language language : Language.values()) {
            Organization in = organization.get(language).organization();
            translated.put(language, in);
            organizationViews.put(language, organizationView(in));
        }
    }

    /** The organization, as pages in {@code language} show it. */
    public OrganizationView organization(Language language) {
        return organizationViews.get(language);
    }

    /** The language of the site's own pages (list, archive, feed): the organization's. */
    public Language siteLanguage() {
        return organization.language();
    }

    /** The notice's texts and the boilerplate chosen for it, as its page and PDF show them. */
    public NoticeContent content(Notice notice) {
        List<NoticeContent.SectionView> sections = organization.sections().stream()
                .filter(section -> section.appliesTo(notice))
                .map(section -> new NoticeContent.SectionView(section.id(), section.template())).toList();
        Map<String, MarkdownText> wording = new TreeMap<>();
        notice.wording().forEach((sentence, text) -> wording.put(sentence, MarkdownText.inline(text)));
        return new NoticeContent(sections, Collections.unmodifiableMap(wording), MarkdownText.block(notice.context()),
                notice.responsibilities().stream().map(NoticeViews::duties).toList(),
                inline(notice.education()), inline(notice.experience()), inline(notice.skills()),
                notice.languages().required(), notice.languages().advantage(), notes(notice),
                eligibility(notice), competencies(notice));
    }

    /**
     * Whether applications are still taken: the notice is not cancelled, and it is before the
     * end of the closing minute or it has no closing date.
     */
    public boolean isOpen(Notice notice) {
        return notice.cancellation().isEmpty()
                && notice.posting().closingDate().map(closes -> now.isBefore(closingMoment(closes))).orElse(true);
    }

    /**
     * Whether the posting period has begun at {@code now}: from the start of the opening day in
     * the closing rule's zone.
     */
    public static boolean hasOpened(Notice notice, Organization organization, Instant now) {
        return !notice.posting().opens().isAfter(now.atZone(organization.closingTime().zone()).toLocalDate());
    }

    /**
     * The first moment after now at which the site would change with no file changed: the day
     * turns (notices open, and become closing soon, by the day) or one of {@code notices} closes.
     */
    public Instant nextChange(List<Notice> notices) {
        Instant next = today.plusDays(1).atStartOfDay(organization.closingTime().zone()).toInstant();
        for (Notice notice : notices) {
            Instant closes = notice.posting().closingDate().map(this::closingMoment).orElse(next);
            if (closes.isAfter(now) && closes.isBefore(next)) {
                next = closes;
            }
        }
        return next;
    }

    /** The same vacancy's notices in other languages, in the order of the languages. */
    public List<NoticeFacts.OtherLanguage> translations(Notice notice) {
        return byReference.getOrDefault(notice.reference(), List.of()).stream()
                .filter(other -> other != notice)
                .map(other -> new NoticeFacts.OtherLanguage(other.language().id(), other.language().nativeName(),
                        other.name() + ".html"))
                .toList();
    }

    /** What lists and indexes show of a notice: its facts, without rendering its texts. */
    public NoticeFacts facts(Notice notice) {
        Locale locale = notice.language().locale();
        DateTimeFormatter dates = notice.language().dates();
        Locale country = new Locale("", notice.dutyStation().country());
        Optional<LocalDate> closes = notice.posting().closingDate();
        Optional<LocalDate> originalCloses = notice.posting().extendedTo().flatMap(extended -> notice.posting().closes());
        boolean open = isOpen(notice);
        return new NoticeFacts(notice.name(), notice.name() + ".html", notice.language().id(),
                notice.language().rightToLeft() ? "rtl" : "ltr", notice.language().nativeName(), notice.reference(),
                notice.vacancyType().id(), notice.title(), notice.unit(), notice.dutyStation().city(),
                notice.dutyStation().country(), country.getDisplayCountry(locale),
                // The site's own pages (list, archive, feed) are in the organization's language, whatever the notice's.
                country.getDisplayCountry(organization.language().locale()), country.getISO3Country(), notice.grade(),
                notice.staffCategory().map(category -> category.id()), notice.occupationalGroups(), notice.contract().type().id(),
                notice.contract().durationMonths(), notice.contract().extensible(),
                notice.startDate().map(dates::format), dates.format(notice.posting().opens()),
                notice.posting().opens().toString(), closes.map(dates::format), closes.map(LocalDate::toString),
                closes.map(organization.language().dates()::format),
                closes.map(day -> closingMoment(day).atZone(organization.closingTime().zone()).minusMinutes(1)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                dates.format(notice.posting().lastUpdated()), notice.posting().lastUpdated().toString(), open,
                open && closes.map(day -> ChronoUnit.DAYS.between(today, day) < closingSoonDays).orElse(false),
                closes.filter(day -> open).map(day -> ChronoUnit.DAYS.between(today, day)),
                notice.draft(), !hasOpened(notice, organization, now), applyMethod(notice), applyUrl(notice),
                notice.applyUrl().isPresent() || notice.applyEmail().isPresent(),
                salary(notice).map(salary -> salary(salary, locale)), translations(notice),
                notice.dutyStations().stream().map(station -> station(station, locale)).toList(),
                originalCloses.map(dates::format), originalCloses.map(LocalDate::toString),
                notice.cancellation().map(cancelled -> new NoticeFacts.Cancelled(cancelled.date().map(dates::format),
                        cancelled.date().map(LocalDate::toString),
                        cancelled.date().map(organization.language().dates()::format), cancelled.reason())),
                notice.contract().durationDays());
    }

    /** A duty station's country named in the notice's language and, for the site's own pages, in the organization's. */
    private NoticeFacts.Station station(DutyStation station, Locale locale) {
        Locale country = new Locale("", station.country());
        return new NoticeFacts.Station(station.city(), station.country(), country.getDisplayCountry(locale),
                country.getDisplayCountry(organization.language().locale()), country.getISO3Country(),
                station.homeBased());
    }

    /** The notice's own way to apply, else the organization's, else its written instructions. */
    private String applyMethod(Notice notice) {
        if (notice.applyUrl().isPresent()) {
            return "url";
        }
        if (notice.applyEmail().isPresent()) {
            return "email";
        }
        return organization.applicationSystem().map(system -> system.url().isPresent() ? "url" : "email")
                .orElse("instructions");
    }

    private Optional<String> applyUrl(Notice notice) {
        Optional<String> email = notice.applyUrl().isPresent() ? Optional.empty()
                : notice.applyEmail().or(() -> organization.applicationSystem().flatMap(ApplicationSystem::email));
        return notice.applyUrl()
                .or(() -> email.map(address -> "mailto:" + address + "?subject="
                        + URLEncoder.encode(notice.reference(), StandardCharsets.UTF_8).replace("+", "%20")))
                .or(() -> organization.applicationSystem().flatMap(ApplicationSystem::url));
    }

    /**
     * The notice's own salary, else its organization's scale for its grade that fits its duty
     * station best (city, country, anywhere), in force on its opening day.
     */
    private Optional<Salary> salary(Notice notice) {
        return notice.salary().or(() -> organization.salaryScales().inForceOn(notice.posting().opens()).stream()
                .flatMap(List::stream)
                .filter(scale -> scale.fit(notice.grade(), notice.dutyStation()) >= 0)
                .max(Comparator.comparingInt(scale -> scale.fit(notice.grade(), notice.dutyStation())))
                .map(SalaryScale::salary));
    }

    private static NoticeFacts.SalaryFacts salary(Salary salary, Locale locale) {
        // Digits as the dates have them: Latin in Arabic too, whose locale would write Arabic-Indic ones.
        NumberFormat numbers = NumberFormat.getIntegerInstance(new Locale.Builder().setLocale(locale)
                .setUnicodeLocaleKeyword("nu", "latn").build());
        String amount = numbers.format(salary.minimum()) + salary.maximum().map(max -> "–" + numbers.format(max)).orElse("");
        return new NoticeFacts.SalaryFacts(salary.currency(), salary.minimum(), salary.maximum(), salary.period().id(),
                amount);
    }

    /** The end of the closing minute: "23:59 Geneva time" on the closing date, as an instant. */
    private Instant closingMoment(LocalDate closes) {
        ClosingTime rule = organization.closingTime();
        return closes.atTime(rule.time()).plusMinutes(1).atZone(rule.zone()).toInstant();
    }

    private static NoticeContent.Duties duties(DutyGroup group) {
        return new NoticeContent.Duties(group.title(), inline(group.duties()));
    }

    /** The notice's own notes first, then the organization's standard notes that apply to it. */
    private List<MarkdownText> notes(Notice notice) {
        List<MarkdownText> notes = new ArrayList<>(inline(notice.notes()));
        for (StandardNote note : translated.get(notice.language()).notes()) {
            if (note.appliesTo(notice)) {
                notes.add(MarkdownText.inline(note.text()));
            }
        }
        return List.copyOf(notes);
    }

    private NoticeContent.EligibilityView eligibility(Notice notice) {
        Vocabulary groups = translated.get(notice.language()).vocabularies().firstTierGroups();
        List<FirstTierGroup> tiers = notice.eligibility().firstTier().stream()
                .sorted(Comparator.comparingInt((FirstTierGroup group) -> groups.rank(group.id()))).toList();
        return new NoticeContent.EligibilityView(tiers.stream().flatMap(tier -> groups.term(tier.id()).stream())
                        .map(term -> new NoticeContent.FirstTierView(term.id(), term.label(), term.except())).toList(),
                notice.eligibility().encourageFemaleCandidates(),
                tiers.contains(FirstTierGroup.NON_REPRESENTED_MEMBER_STATES)
                        ? translated.get(notice.language()).nonRepresentedMemberStates()
                                .inForceOn(notice.posting().opens()).orElseThrow()
                        : List.of());
    }

    /** The framework in force when the notice opened; validation made sure the sections that show it have one. */
    private Optional<NoticeContent.Competencies> competencies(Notice notice) {
        return translated.get(notice.language()).competencyFrameworks().inForceOn(notice.posting().opens())
                .map(framework -> {
                    Optional<Integer> level = framework.levelled() ? notice.competencyLevel()
                            .or(() -> notice.grade().map(organization.competencyLevels()::get))
                            : Optional.empty();
                    return new NoticeContent.Competencies(framework.levelled(), level, framework.values(),
                            framework.core(), notice.directReports() ? framework.managerial() : List.of());
                });
    }

    private static OrganizationView organizationView(Organization o) {
        return new OrganizationView(o.name(), o.shortName(), o.article(), o.elision(), o.website(), o.careersUrl(),
                o.applicationSystem().map(ApplicationSystem::name),
                o.workplaceCultureUrl(), o.competencyFrameworkUrl(), o.jobCategoryUrl(),
                o.closingTime().time().toString(), o.closingTime().place(), o.officialLanguages(),
                written(o.introduction(), MarkdownText::block), written(o.workplaceCulture(), MarkdownText::block),
                written(o.educationNote(), MarkdownText::inline), written(o.languageAssessment(), MarkdownText::inline),
                written(o.zeroTolerance(), MarkdownText::inline), written(o.antiFraud(), MarkdownText::inline),
                inline(o.howToApply()), o.vocabularies().labels(),
                o.vocabularies().contractTypes().terms().stream().collect(Collectors.toMap(Term::id,
                        Term::employmentTypes)));
    }

    /** A standard text the organization writes, or none: the data leaves out those it does not publish. */
    private static Optional<MarkdownText> written(String text, Function<String, MarkdownText> markdown) {
        return text.isBlank() ? Optional.empty() : Optional.of(markdown.apply(text));
    }

    private static List<MarkdownText> inline(List<String> lines) {
        return lines.stream().map(MarkdownText::inline).toList();
    }
}
