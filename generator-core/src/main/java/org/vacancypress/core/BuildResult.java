package org.vacancypress.core;

import java.time.Duration;
import java.util.List;

/**
 * What a build did: its problems (all of them, sorted), and how many notices it published.
 * Nothing is published when there is an error.
 */
public record BuildResult(List<Problem> problems, int noticesFound, int noticesPublished, Duration elapsed) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean succeeded() {
        return errorCount() == 0;
    }
}
