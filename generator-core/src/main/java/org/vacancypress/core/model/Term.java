package org.vacancypress.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One value of a vocabulary: what a notice writes, and what its pages show.
 *
 * @param id the value as notices write it, e.g. {@code general-service}
 * @param label what the pages show, in the organization's language (or, translated, another)
 * @param grades for a staff category, the grades of its posts
 * @param except for a first-tier group, how the second-tier sentence names it among the
 *     candidates it leaves out; a group without it is not among the second tier's exceptions
 * @param employmentTypes for a contract type, its schema.org employment types in the jobs export
 */
public record Term(String id, String label, List<String> grades, Optional<String> except,
        List<String> employmentTypes) {

    public Term {
        grades = List.copyOf(grades);
        employmentTypes = List.copyOf(employmentTypes);
    }

    public Term withLabels(String label, Optional<String> except) {
        return new Term(id, label, grades, except, employmentTypes);
    }
}
