package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public Notice {
        occupationalGroups = List.copyOf(occupationalGroups);
        responsibilities = List.copyOf(responsibilities);
        education = List.copyOf(education);
        experience = List.copyOf(experience);
        skills = List.copyOf(skills);
        notes = List.copyOf(notes);
        omit = List.copyOf(omit);
        wording = Map.copyOf(wording);
        suppressedWarnings = Map.copyOf(suppressedWarnings);
        otherDutyStations = List.copyOf(otherDutyStations);
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
