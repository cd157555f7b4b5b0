package org.vacancypress.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A notice withdrawn before its vacancy was filled ({@code status: cancelled}): its page stays,
 * saying so, and it leaves the open list, the feeds and job boards.
 *
 * @param date the day it was cancelled, when the notice gives it
 * @param reason why, in the notice's language, when the notice gives it
 */
public record Cancellation(Optional<LocalDate> date, Optional<String> reason) {
}
