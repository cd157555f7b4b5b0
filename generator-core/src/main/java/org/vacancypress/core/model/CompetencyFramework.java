package org.vacancypress.core.model;

import java.util.List;

/**
 * One edition of the organization's competency framework.
 *
 * @param levelled whether core and managerial competencies are given at a behavioural level
 */
public record CompetencyFramework(boolean levelled, List<Competency> values, List<Competency> core,
        List<Competency> managerial) {

    public CompetencyFramework {
        values = List.copyOf(values);
        core = List.copyOf(core);
        managerial = List.copyOf(managerial);
    }
}
