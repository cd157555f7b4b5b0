package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which notices a part of the organization's notice (a section, a standard note) applies to:
 * those matching every list given (an empty list matches all) and opening within the dates given.
 *
 * @param opensFrom the first opening date it applies to
 * @param opensBefore the first opening date it no longer applies to
 */
public record Condition(Set<VacancyType> vacancyTypes, Set<StaffCategory> staffCategories, Set<String> grades,
        Set<ContractType> contractTypes, Set<Language> languages, Set<FirstTierGroup> firstTier,
        Optional<LocalDate> opensFrom, Optional<LocalDate> opensBefore) {

    /** Every notice. */
    public static final Condition ALWAYS = new Condition(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Optional.empty(), Optional.empty());

    public boolean appliesTo(Notice notice) {
        LocalDate opens = notice.posting().opens();
        return matches(vacancyTypes, notice.vacancyType()) && matchesGiven(staffCategories, notice.staffCategory())
                && matchesGiven(grades, notice.grade()) && matches(contractTypes, notice.contract().type())
                && matches(languages, notice.language())
                && (firstTier.isEmpty() || firstTier.stream().anyMatch(notice.eligibility().firstTier()::contains))
                && opensFrom.map(from -> !opens.isBefore(from)).orElse(true)
                && opensBefore.map(opens::isBefore).orElse(true);
    }

    private static <T> boolean matches(Set<T> allowed, T value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    /** A fact the notice does not give matches no list. */
    private static <T> boolean matchesGiven(Set<T> allowed, Optional<T> value) {
        return allowed.isEmpty() || value.filter(allowed::contains).isPresent();
    }
}
