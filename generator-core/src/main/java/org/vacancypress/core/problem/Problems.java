package org.vacancypress.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of a whole build, so that every mistake in every file is reported in
 * one run, each once: a template's mistake met by every notice is one mistake. Safe to share
 * between threads.
 */
public final class Problems {

    private final Set<Problem> found = Collections.synchronizedSet(new LinkedHashSet<>());

    public void error(Location location, String message) {
        found.add(Problem.error(location, message));
    }

    public void add(Problem problem) {
        found.add(problem);
    }

    public boolean hasErrors() {
        synchronized (found) {
            return found.stream().anyMatch(Problem::isError);
        }
    }

    /** A sorted snapshot. */
    public List<Problem> list() {
        synchronized (found) {
            List<Problem> copy = new ArrayList<>(found);
            copy.sort(Problem.IN_SOURCE_ORDER);
            return List.copyOf(copy);
        }
    }
}
