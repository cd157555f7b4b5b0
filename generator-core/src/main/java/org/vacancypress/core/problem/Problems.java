package org.vacancypress.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of a whole build, so that every mistake in every file is reported in
 * one run. Safe to share between threads.
 */
public final class Problems {

    private final List<Problem> found = Collections.synchronizedList(new ArrayList<>());

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
