package org.vacancypress.core.resolve;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vacancypress.core.model.Competency;
import org.vacancypress.core.model.ClosingTime;
import org.vacancypress.core.model.CompetencyFramework;
import org.vacancypress.core.model.DutyGroup;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.StandardNote;
import org.vacancypress.core.render.markdown.Markdown;

/**
 * Chooses the boilerplate each notice gets from its facts (staff category, first-tier groups,
 * opening date, grade) and turns notice and organization into the view model templates see:
 * only maps, lists, strings, numbers and booleans, so templates can reach no Java object.
 * Keys ending in {@code Html} hold sanitized HTML; every other string is plain text.
 */
public final class NoticeViews {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Organization organization;
    private final Markdown markdown;
    private final Instant now;
    private final LocalDate today;
    private final int closingSoonDays;
    private final Map<String, List<Notice>> byReference;
    private final Map<Language, Organization> translated = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, Object>> organizationViews = new EnumMap<>(Language.class);

    /**
     * @param now the moment notices are judged open or closed at
     * @param closingSoonDays an open notice closing within this many days, today included, is closing soon
     * @param published the notices of the site: those with one reference are one vacancy in several
     *     languages, and each page links the others
     */
    public NoticeViews(Organization organization, Markdown markdown, Instant now, int closingSoonDays,
            List<Notice> published) {
        this.organization = organization;
        this.markdown = markdown;
        this.now = now;
        this.today = now.atZone(organization.closingTime().zone()).toLocalDate();
        this.closingSoonDays = closingSoonDays;
        this.byReference = published.stream().sorted(Comparator.comparing(Notice::language))
                .collect(Collectors.groupingBy(Notice::reference));
        for (Language language : Language.values()) {
            Organization in = OrganizationTranslator.translate(organization, language).organization();
            translated.put(language, in);
            organizationViews.put(language, organizationView(in));
        }
    }

    /** The organization, as pages in {@code language} show it. */
    public Map<String, Object> organization(Language language) {
        return organizationViews.get(language);
    }

    /**
     * The notice's view: its {@link #facts} (computed once a build, they hold its search words)
     * and its rendered texts; mutable, so rendering can add what only it knows (the PDF's size).
     */
    public Map<String, Object> notice(Notice notice, Map<String, Object> facts) {
        Map<String, Object> view = new LinkedHashMap<>(facts);
        view.put("contextHtml", markdown.block(notice.context()));
        view.put("responsibilities", notice.responsibilities().stream().map(this::dutyGroup).toList());
        view.put("educationHtml", inline(notice.education()));
        view.put("experienceHtml", inline(notice.experience()));
        view.put("skillsHtml", inline(notice.skills()));
        view.put("languagesRequired", notice.languages().required());
        view.put("languagesAdvantage", notice.languages().advantage());
        view.put("notesHtml", notes(notice));
        view.put("eligibility", eligibility(notice));
        view.put("competencies", competencies(notice));
        return view;
    }

    /** Whether applications are still taken: before the end of the closing minute, or no closing date. */
    public boolean isOpen(Notice notice) {
        return notice.posting().closes().map(closes -> now.isBefore(closingMoment(closes))).orElse(true);
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
            Instant closes = notice.posting().closes().map(this::closingMoment).orElse(next);
            if (closes.isAfter(now) && closes.isBefore(next)) {
                next = closes;
            }
        }
        return next;
    }

    /** The same vacancy's notices in other languages, in the order of the languages. */
    public List<Map<String, Object>> translations(Notice notice) {
        return byReference.getOrDefault(notice.reference(), List.of()).stream()
                .filter(other -> other != notice)
                .map(other -> Map.<String, Object>of("language", other.language().id(),
                        "languageName", other.language().nativeName(), "page", other.name() + ".html"))
                .toList();
    }

    /** What lists and indexes show of a notice: its facts, without rendering its texts. */
    public Map<String, Object> facts(Notice notice) {
        Locale locale = notice.language().locale();
        DateTimeFormatter dates = notice.language().dates();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", notice.name());
        view.put("page", notice.name() + ".html");
        view.put("language", notice.language().id());
        view.put("dir", notice.language().rightToLeft() ? "rtl" : "ltr");
        view.put("languageName", notice.language().nativeName());
        view.put("reference", notice.reference());
        view.put("vacancyType", notice.vacancyType().id());
        view.put("title", notice.title());
        notice.unit().ifPresent(unit -> view.put("unit", unit));
        view.put("city", notice.dutyStation().city());
        view.put("country", notice.dutyStation().country());
        Locale country = new Locale("", notice.dutyStation().country());
        view.put("countryName", country.getDisplayCountry(locale));
        // The site's own pages (list, archive, feed) are in English, whatever the notice's language.
        view.put("countryNameInSite", country.getDisplayCountry(Language.EN.locale()));
        view.put("countryIso3", country.getISO3Country());
        view.put("grade", notice.grade());
        view.put("staffCategory", notice.staffCategory().id());
        view.put("occupationalGroups", notice.occupationalGroups());
        view.put("contractType", notice.contract().type().id());
        notice.contract().durationMonths().ifPresent(months -> view.put("durationMonths", months));
        view.put("extensible", notice.contract().extensible());
        notice.startDate().ifPresent(start -> view.put("startDate", dates.format(start)));
        view.put("opens", dates.format(notice.posting().opens()));
        view.put("opensIso", notice.posting().opens().toString());
        notice.posting().closes().ifPresent(closes -> {
            view.put("closes", dates.format(closes));
            view.put("closesIso", closes.toString());
            view.put("closesInSite", Language.EN.dates().format(closes));
            view.put("closesAt", closingMoment(closes).atZone(organization.closingTime().zone()).minusMinutes(1)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        });
        view.put("updated", dates.format(notice.posting().lastUpdated()));
        view.put("updatedIso", notice.posting().lastUpdated().toString());
        boolean open = isOpen(notice);
        view.put("open", open);
        view.put("closingSoon", open && notice.posting().closes()
                .map(closes -> ChronoUnit.DAYS.between(today, closes) < closingSoonDays).orElse(false));
        view.put("draft", notice.draft());
        view.put("notYetOpen", !hasOpened(notice, organization, now));
        view.put("applyUrl", notice.applyUrl().orElse(organization.applicationSystem().url()));
        view.put("directApply", notice.applyUrl().isPresent());
        view.put("translations", translations(notice));
        return view;
    }

    /**
     * The distinct words of what is particular to the notice (not the boilerplate every notice
     * shares), lower case, for the site's search: small enough to ship with the index.
     *
     * @param facts the notice's {@link #facts}, which name its country in its language
     */
    public String searchWords(Notice notice, Map<String, Object> facts) {
        Stream<String> texts = Stream.of(
                Stream.of(notice.title(), notice.reference(), notice.grade(), notice.dutyStation().city(),
                        (String) facts.get("countryName"), notice.context()),
                notice.unit().stream(), notice.occupationalGroups().stream(), notice.duties().stream(),
                notice.education().stream(), notice.experience().stream(), notice.skills().stream(),
                notice.languages().required().stream(), notice.languages().advantage().stream())
                .flatMap(s -> s);
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(text -> addWords(foldForSearch(text), words));
        return String.join(" ", words);
    }

    /** Adds the runs of letters and digits of {@code text}: "p" and "3" of "p-3". */
    private static void addWords(String text, Set<String> words) {
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Lower case without accents, as the site's script folds what a candidate types: "Côte" finds "cote". */
    private static String foldForSearch(String text) {
        // Most text is ASCII, which decomposes to itself and carries no mark.
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        String unmarked = ascii ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return unmarked.toLowerCase(Locale.ROOT);
    }

    /** The end of the closing minute: "23:59 Geneva time" on the closing date, as an instant. */
    private Instant closingMoment(LocalDate closes) {
        ClosingTime rule = organization.closingTime();
        return closes.atTime(rule.time()).plusMinutes(1).atZone(rule.zone()).toInstant();
    }

    private Map<String, Object> dutyGroup(DutyGroup group) {
        Map<String, Object> view = new LinkedHashMap<>();
        group.title().ifPresent(title -> view.put("title", title));
        view.put("dutiesHtml", inline(group.duties()));
        return view;
    }

    /** The notice's own notes first, then the organization's standard notes that apply to it. */
    private List<String> notes(Notice notice) {
        List<String> notes = new ArrayList<>(inline(notice.notes()));
        for (StandardNote note : translated.get(notice.language()).notes()) {
            if (note.appliesTo(notice)) {
                notes.add(markdown.inline(note.text()));
            }
        }
        return notes;
    }

    private Map<String, Object> eligibility(Notice notice) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("firstTier", notice.eligibility().firstTier().stream().sorted().map(FirstTierGroup::id).toList());
        view.put("encourageFemaleCandidates", notice.eligibility().encourageFemaleCandidates());
        view.put("memberStates", notice.eligibility().firstTier().contains(FirstTierGroup.NON_REPRESENTED_MEMBER_STATES)
                ? translated.get(notice.language()).nonRepresentedMemberStates().inForceOn(notice.posting().opens())
                        .orElseThrow()
                : List.of());
        return view;
    }

    private Map<String, Object> competencies(Notice notice) {
        CompetencyFramework framework = translated.get(notice.language()).competencyFrameworks()
                .inForceOn(notice.posting().opens())
                .orElseThrow();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("levelled", framework.levelled());
        if (framework.levelled()) {
            view.put("level", notice.competencyLevel()
                    .orElseGet(() -> organization.competencyLevels().get(notice.grade())));
        }
        view.put("values", competencies(framework.values()));
        view.put("core", competencies(framework.core()));
        view.put("managerial", notice.directReports() ? competencies(framework.managerial()) : List.of());
        return view;
    }

    private static List<Map<String, Object>> competencies(List<Competency> competencies) {
        return competencies.stream()
                .map(c -> Map.<String, Object>of("name", c.name(), "description", c.description()))
                .toList();
    }

    private Map<String, Object> organizationView(Organization o) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", o.name());
        view.put("shortName", o.shortName());
        view.put("website", o.website());
        view.put("careersUrl", o.careersUrl());
        view.put("applicationSystemName", o.applicationSystem().name());
        view.put("applicationUrl", o.applicationSystem().url());
        o.applicationSystem().internalUrl().ifPresent(url -> view.put("internalApplicationUrl", url));
        view.put("workplaceCultureUrl", o.workplaceCultureUrl());
        view.put("competencyFrameworkUrl", o.competencyFrameworkUrl());
        view.put("jobCategoryUrl", o.jobCategoryUrl());
        view.put("closingTime", o.closingTime().time().toString());
        view.put("closingPlace", o.closingTime().place());
        view.put("officialLanguages", o.officialLanguages());
        view.put("introductionHtml", markdown.block(o.introduction()));
        view.put("workplaceCultureHtml", markdown.block(o.workplaceCulture()));
        view.put("educationNoteHtml", markdown.inline(o.educationNote()));
        view.put("languageAssessmentHtml", markdown.inline(o.languageAssessment()));
        view.put("zeroToleranceHtml", markdown.inline(o.zeroTolerance()));
        view.put("antiFraudHtml", markdown.inline(o.antiFraud()));
        view.put("howToApplyHtml", inline(o.howToApply()));
        return Map.copyOf(view);
    }

    private List<String> inline(List<String> lines) {
        return lines.stream().map(markdown::inline).toList();
    }
}
