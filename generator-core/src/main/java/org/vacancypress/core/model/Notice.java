package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One vacancy notice: what is specific to the post. Free text (context, duties, education,
 * experience, skills, notes) is Markdown, still unrendered.
 *
 * @param name the file name without extension; names the output files
 */
public record Notice(
        String name,
        String reference,
        VacancyType vacancyType,
        String title,
        Optional<String> unit,
        DutyStation dutyStation,
        String grade,
        StaffCategory staffCategory,
        List<String> occupationalGroups,
        Contract contract,
        Optional<LocalDate> startDate,
        PostingPeriod posting,
        Eligibility eligibility,
        boolean directReports,
        Optional<Integer> competencyLevel,
        Language language,
        boolean draft,
        String context,
        List<DutyGroup> responsibilities,
        List<String> education,
        List<String> experience,
        List<String> skills,
        LanguageRequirements languages,
        List<String> notes,
        SourceMap sources) {

    public Notice {
        occupationalGroups = List.copyOf(occupationalGroups);
        responsibilities = List.copyOf(responsibilities);
        education = List.copyOf(education);
        experience = List.copyOf(experience);
        skills = List.copyOf(skills);
        notes = List.copyOf(notes);
    }
}
