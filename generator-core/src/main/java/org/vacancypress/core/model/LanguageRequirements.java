package org.vacancypress.core.model;

import java.util.List;

/** Languages a post needs, and those that are an advantage. */
public record LanguageRequirements(List<String> required, List<String> advantage) {

    public LanguageRequirements {
        required = List.copyOf(required);
        advantage = List.copyOf(advantage);
    }
}
