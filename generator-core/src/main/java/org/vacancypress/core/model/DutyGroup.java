package org.vacancypress.core.model;

import java.util.List;
import java.util.Optional;

/** Duties under a title ("A. Policy, Legal and Institutional Development"), or untitled. */
public record DutyGroup(Optional<String> title, List<String> duties) {

    public DutyGroup {
        duties = List.copyOf(duties);
    }
}
