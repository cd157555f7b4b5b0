package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.DutyStation;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Section;
import org.vacancypress.core.model.SourceMap;

/**
 * Rules over bound notices that need more than one field, the organization's data, or the
 * other notices. Each problem points at the field it is about.
 */
public final class NoticeValidator {

    /** One address, no name, no parameters: the apply link adds the reference as subject. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>?&:,;\"]+@[^@\\s<>?&:,;\"]+\\.[^@\\s<>?&:,;\".]+");
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private final Organization organization;

    public NoticeValidator(Organization organization) {
        this.organization = organization;
    }

    public void validate(Notice notice, Problems problems) {
        SourceMap at = notice.sources();
        if (at.bound("posting")) {
            dates(notice, at, problems);
        }
        notice.applyUrl().filter(url -> !url.startsWith("https://") && !url.startsWith("http://")).ifPresent(url ->
                problems.error(at.of("applyUrl"), "'applyUrl' must be an http or https address, found '" + url
                        + "'; give the full address of this post's application form"
                        + (url.startsWith("mailto:") ? ", or the e-mail address as applyEmail" : "")));
        notice.applyEmail().filter(email -> !EMAIL.matcher(email).matches()).ifPresent(email ->
                problems.error(at.of("applyEmail"), "'applyEmail' must be an e-mail address such as"
                        + " jobs@example.org, found '" + Texts.abbreviate(email) + "'"));
        if (notice.applyUrl().isPresent() && notice.applyEmail().isPresent()) {
            problems.error(at.of("applyEmail"), "a notice gives 'applyUrl' or 'applyEmail', not both: candidates"
                    + " apply one way");
        }
        sections(notice, problems);
        for (int i = 0; i < notice.dutyStations().size(); i++) {
            String station = i == 0 ? "dutyStation" : "otherDutyStations[" + i + "]";
            if (at.bound(station + ".country")) {
                country(notice.dutyStations().get(i), station + ".country", at, problems);
            }
        }
        if (at.bound("grade") && at.bound("competencyLevel")) {
            grade(notice, at, problems);
        }
        if (at.bound("posting") && at.bound("eligibility")) {
            editions(notice, at, problems);
        }
    }

    private static void dates(Notice notice, SourceMap at, Problems problems) {
        notice.posting().closes().filter(closes -> closes.isBefore(notice.posting().opens())).ifPresent(closes ->
                problems.error(at.of("posting.closes"), "'posting.closes' (" + closes + ") is before 'posting.opens' ("
                        + notice.posting().opens() + "); check both dates"));
        notice.posting().updated().filter(updated -> updated.isBefore(notice.posting().opens())).ifPresent(updated ->
                problems.error(at.of("posting.updated"), "'posting.updated' (" + updated + ") is before"
                        + " 'posting.opens' (" + notice.posting().opens() + "); a notice is updated after it opens"));
    }

    /** A home-based post may name no country; any other country is an ISO code. */
    private static void country(DutyStation station, String field, SourceMap at, Problems problems) {
        String country = station.country();
        if (!COUNTRY_CODES.contains(country) && !(station.homeBased() && country.isEmpty())) {
            String upper = country.toUpperCase(Locale.ROOT);
            problems.error(at.of(field), "unknown country code '" + country + "'"
                    + (COUNTRY_CODES.contains(upper) ? " (did you mean '" + upper + "'?)" : "")
                    + ": use the ISO 3166-1 alpha-2 code in upper case, e.g. LY for Libya");
        }
    }

    private void grade(Notice notice, SourceMap at, Problems problems) {
        List<String> grades = organization.grades().values().stream().flatMap(Collection::stream).toList();
        // A post without grade (an NGO's, a consultancy) has none to check.
        notice.grade().ifPresent(grade -> {
            if (!grades.contains(grade)) {
                problems.error(at.of("grade"), "unknown grade '" + grade + "'" + Texts.didYouMean(grade, grades)
                        + "; the grades are listed in " + SourceFolder.ORGANIZATION_FILE);
            } else if (needed(notice).contains(Section.COMPETENCY_FRAMEWORK) && notice.competencyLevel().isEmpty()
                    && !organization.competencyLevels().containsKey(grade)) {
                problems.error(at.of("grade"), "grade '" + grade + "' has no competency level: add it to"
                        + " competencyLevels in " + SourceFolder.ORGANIZATION_FILE + ", or set competencyLevel here");
            }
        });
    }

    /** The dated data in force on the opening day: the member states list, the competency framework. */
    private void editions(Notice notice, SourceMap at, Problems problems) {
        if (notice.eligibility().firstTier().contains(FirstTierGroup.NON_REPRESENTED_MEMBER_STATES)
                && organization.nonRepresentedMemberStates().inForceOn(notice.posting().opens()).isEmpty()) {
            problems.error(at.of("eligibility.firstTier"), "no non-represented member states list is in force on "
                    + notice.posting().opens() + " (the opening date): add a version to "
                    + SourceFolder.MEMBER_STATES_FILE + " beginning on or before that day");
        }
        if (needed(notice).contains(Section.COMPETENCY_FRAMEWORK)
                && organization.competencyFrameworks().inForceOn(notice.posting().opens()).isEmpty()) {
            problems.error(at.of("posting.opens"), "no competency framework is in force on " + notice.posting().opens()
                    + " (the opening date): add an edition to " + SourceFolder.COMPETENCIES_FILE
                    + " beginning on or before that day");
        }
    }

    /**
     * What a notice leaves out must be an optional section of the organization's notice; what it
     * words itself, a sentence of one of its sections.
     */
    private void sections(Notice notice, Problems problems) {
        SourceMap at = notice.sources();
        List<String> declared = organization.sections().stream().map(Section::id).toList();
        for (int i = 0; i < notice.omit().size(); i++) {
            String id = notice.omit().get(i);
            Optional<Section> section = organization.sections().stream().filter(s -> s.id().equals(id)).findFirst();
            if (section.isEmpty()) {
                problems.error(at.of("omit[" + (i + 1) + "]"), "unknown section '" + id + "'"
                        + Texts.didYouMean(id, declared) + "; the sections are listed under sections in "
                        + SourceFolder.ORGANIZATION_FILE);
            } else if (!section.get().optional()) {
                problems.error(at.of("omit[" + (i + 1) + "]"), "the section '" + id + "' cannot be left out: "
                        + SourceFolder.ORGANIZATION_FILE + " does not mark it optional");
            }
        }
        for (Section section : organization.sections()) {
            if (section.appliesTo(notice)) {
                section.needs().stream().filter(field -> missing(notice, field)).forEach(field ->
                        problems.error(at.file(), "missing field '" + field + "': the section '" + section.id()
                                + "' of " + SourceFolder.ORGANIZATION_FILE + " needs it"
                                + (section.optional() ? "; give it, or leave the section out with omit: ["
                                        + section.id() + "]" : "")));
            }
        }
        List<String> sentences = organization.sections().stream().filter(section -> section.appliesTo(notice))
                .flatMap(section -> section.sentences().stream()).toList();
        for (String sentence : notice.wording().keySet()) {
            if (!sentences.contains(sentence)) {
                problems.error(at.of("wording." + sentence), "unknown sentence '" + sentence + "'"
                        + Texts.didYouMean(sentence, sentences) + (sentences.isEmpty()
                                ? "; this notice's sections have no sentence a notice may word itself"
                                : "; this notice's sections let a notice word these: " + String.join(", ", sentences)));
            }
        }
    }

    /** What the sections this notice has need. */
    private List<String> needed(Notice notice) {
        return organization.sections().stream().filter(section -> section.appliesTo(notice))
                .flatMap(section -> section.needs().stream()).toList();
    }

    /** Whether the notice leaves out one of the fields sections may need. */
    private static boolean missing(Notice notice, String field) {
        return switch (field) {
            case "context" -> notice.context().isEmpty();
            case "responsibilities" -> notice.responsibilities().isEmpty();
            case "education" -> notice.education().isEmpty();
            case "languages" -> notice.languages().required().isEmpty();
            case "eligibility" -> notice.eligibility().firstTier().isEmpty();
            default -> false;
        };
    }

    /** Names of the site's own files, which no notice may take. */
    private static final Set<String> RESERVED_NAMES = Set.of("index", "archive", "feed", "sitemap", "robots", "jobs",
            "search-index", "404");
    /** The archive's pages after the first ({@code archive-2}) and a sitemap index's files ({@code sitemap-1}). */
    private static final Pattern NUMBERED_SITE_FILE = Pattern.compile("(archive|sitemap)-[0-9]+");

    /** Whether {@code name} (without its extension) is the name of one of the site's own files. */
    public static boolean isSiteFile(String name) {
        return RESERVED_NAMES.contains(name) || NUMBERED_SITE_FILE.matcher(name).matches();
    }

    /**
     * Two notices with one reference would be one vacancy published twice; two with one name
     * ({@code a.yaml} and {@code a.yml}), or a notice named like a page of the site, would
     * overwrite each other's files.
     */
    public static void validateAll(List<Notice> notices, Problems problems) {
        Map<String, List<Notice>> byName = new HashMap<>();
        for (Notice notice : notices) {
            byName.computeIfAbsent(notice.name(), n -> new ArrayList<>()).add(notice);
            if (isSiteFile(notice.name())) {
                problems.error(notice.sources().file(), "'" + notice.name() + "' is the name of a page of the site;"
                        + " rename the file, e.g. after the post's title");
            }
        }
        for (List<Notice> same : byName.values()) {
            if (same.size() > 1) {
                String files = same.stream().map(n -> n.sources().file().file()).collect(Collectors.joining(", "));
                same.forEach(notice -> problems.error(notice.sources().file(), "several notice files are named '"
                        + notice.name() + "' (" + files + "): their pages would overwrite each other; rename one"));
            }
        }
        // One reference in several languages is one vacancy, its pages linked; twice in one language, a mistake.
        Map<String, List<Notice>> byReference = new HashMap<>();
        for (Notice notice : notices) {
            byReference.computeIfAbsent(notice.reference() + "\n" + notice.language(), r -> new ArrayList<>())
                    .add(notice);
        }
        for (List<Notice> same : byReference.values()) {
            if (same.size() > 1) {
                String names = same.stream().map(n -> n.sources().file().file()).collect(Collectors.joining(", "));
                for (Notice notice : same) {
                    problems.error(notice.sources().of("reference"), "reference '" + notice.reference()
                            + "' is used by several notices in " + notice.language().nativeName() + " (" + names
                            + "); give each notice its own, or set the language of a translation");
                }
            }
        }
    }
}
