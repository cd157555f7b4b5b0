package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One vacancy notice: what is specific to the post. Free text (context, duties, education,
 * experience, skills, notes) is Markdown, still unrendered.
 *
 * @param name the file name without extension; names the output files
 * @param applyUrl the address of this post's own application form, if candidates can apply
 *     there directly; otherwise they apply through the organization's application system
 * @param salary what the post pays, when the notice states it
 * @param applyEmail the address candidates send their application for this post to, instead
 * @param omit the optional sections of the organization's notice this notice leaves out
 * @param wording the notice's own wording of generated sentences, by the sentence's id: the
 *     wording it was published with
 * @param suppressedWarnings lint rules silenced for this notice, each with the reason why
 * @param cancellation the notice's withdrawal, when it is cancelled
 * @param otherDutyStations the duty stations after {@code dutyStation}, for a post based in several
 */
public record Notice(
        String name,
        String reference,
        VacancyType vacancyType,
        String title,
        Optional<String> unit,
        DutyStation dutyStation,
        Optional<String> grade,
        Optional<StaffCategory> staffCategory,
        List<String> occupationalGroups,
        Contract contract,
        Optional<LocalDate> startDate,
        PostingPeriod posting,
        Eligibility eligibility,
        boolean directReports,
        Optional<Integer> competencyLevel,
        Language language,
        boolean draft,
        Optional<String> applyUrl,
        Optional<String> applyEmail,
        Optional<Salary> salary,
        String context,
        List<DutyGroup> responsibilities,
        List<String> education,
        List<String> experience,
        List<String> skills,
        LanguageRequirements languages,
        List<String> notes,
        List<String> omit,
        Map<String, String> wording,
        Map<String, String> suppressedWarnings,
        Optional<Cancellation> cancellation,
        List<DutyStation> otherDutyStations,
        SourceMap sources) {

    /**
     * The fields that what runs on all notices together (checks across notices, choosing what
     * is published, linking translations) points at: an outline keeps only their places.
     */
    private static final Set<String> OUTLINED_PLACES = Set.of("reference", "language", "draft", "posting.opens");

    /**
     * The notice without its texts (context, duties, education, experience, skills, notes) and
     * with the places of only the fields checks across notices point at: what a build holds of
     * a notice it has no room to hold whole, until it reads the file again to render it.
     */
    public Notice outline() {
        return new Notice(name, reference, vacancyType, title, unit, dutyStation, grade, staffCategory,
                occupationalGroups, contract, startDate, posting, eligibility, directReports, competencyLevel, language,
                draft, applyUrl, applyEmail, salary, "", List.of(), List.of(), List.of(), List.of(), languages, List.of(),
                omit, wording, suppressedWarnings, cancellation, otherDutyStations, sources.only(OUTLINED_PLACES));
    }

    /** Every duty station of the post, the first one first. */
    public List<DutyStation> dutyStations() {
        return Stream.concat(Stream.of(dutyStation), otherDutyStations.stream())
                .toList();
    }

    /**
     * Every duty in reading order, flat or in a group; the binder records where the n-th
     * (1-based) was written as {@code duties[n]} in {@link #sources()}.
     */
    public List<String> duties() {
        return responsibilities.stream().flatMap(group -> group.duties().stream()).toList();
    }
}
