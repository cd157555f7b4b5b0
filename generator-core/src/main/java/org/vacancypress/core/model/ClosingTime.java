package org.vacancypress.core.model;

import java.time.LocalTime;
import java.time.ZoneId;

/** The closing rule: applications close at {@code time} in {@code zone} on the closing date. */
public record ClosingTime(LocalTime time, ZoneId zone, String place) {
}
