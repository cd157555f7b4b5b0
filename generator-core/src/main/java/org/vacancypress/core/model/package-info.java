/**
 * What a notices folder says, as immutable typed records: the notices and the organization's
 * data. Every list, set and map in them is unmodifiable. {@link Notice}, {@link Organization},
 * {@link Condition} and {@link Translation} take theirs as the load step made them rather than
 * copying each again: only that step builds them ({@code ArchitectureTest}), and
 * {@code UnmodifiableRecordsTest} checks all it builds from real notices.
 */
package org.vacancypress.core.model;
