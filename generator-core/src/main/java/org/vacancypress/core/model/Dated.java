package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Versions of a piece of shared data that changes over time (the non-represented member states
 * list, the competency framework). A notice uses the version in force on its opening date, so
 * republishing an old notice never picks up today's list.
 */
public record Dated<T>(List<Version<T>> versions) {

    public record Version<T>(LocalDate inForceFrom, T value) {
    }

    public Dated {
        versions = versions.stream().sorted(Comparator.comparing(Version<T>::inForceFrom)).toList();
    }

    /** The same history with every version's value changed by {@code change}, which sees the whole version. */
    public <U> Dated<U> map(Function<Version<T>, U> change) {
        return new Dated<>(versions.stream().map(v -> new Version<>(v.inForceFrom(), change.apply(v))).toList());
    }

    /** The latest version in force on {@code day}, if any was. */
    public Optional<T> inForceOn(LocalDate day) {
        return versionInForceOn(day).map(Version::value);
    }

    /** As {@link #inForceOn}, with the day the version came into force. */
    public Optional<Version<T>> versionInForceOn(LocalDate day) {
        Version<T> found = null;
        for (Version<T> version : versions) {
            if (!version.inForceFrom().isAfter(day)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }
}
