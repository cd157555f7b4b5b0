package org.vacancypress.core.validate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.model.Checks;
import org.vacancypress.core.model.Notice;

/** The posting period against the organization's checks: a closing date, its length, its day. */
final class PostingRules implements LintCheck {

    private final Checks checks;

    PostingRules(Checks checks) {
        this.checks = checks;
    }

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        Optional<LocalDate> closes = notice.posting().closes();
        // Posting dates in error are reported by the binder: no finding on their stand-ins.
        if (!found.sources().bound("posting")) {
            return;
        }
        if (closes.isEmpty()) {
            found.at(LintRule.MISSING_CLOSING_DATE, "posting", "the notice has no closing date: add 'closes' under 'posting'");
            return;
        }
        LocalDate opens = notice.posting().opens();
        if (closes.get().isBefore(opens)) {
            return;
        }
        long days = ChronoUnit.DAYS.between(opens, closes.get()) + 1;
        Location at = found.sources().of("posting.closes");
        checks.minimumPostingDays().filter(minimum -> days < minimum).ifPresent(minimum -> found.at(
                LintRule.POSTING_PERIOD, at, "the notice is open " + days + " days, fewer than the " + minimum
                        + " the organization's checks ask for; check the dates"));
        checks.maximumPostingDays().filter(maximum -> days > maximum).ifPresent(maximum -> found.at(
                LintRule.POSTING_PERIOD, at, "the notice is open " + days + " days, more than the " + maximum
                        + " the organization's checks allow; check the dates"));
        DayOfWeek day = closes.get().getDayOfWeek();
        if (!checks.weekendClosing() && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
            found.at(LintRule.WEEKEND_CLOSING, at, "the notice closes on a " + day.toString().charAt(0)
                    + day.toString().substring(1).toLowerCase(Locale.ROOT)
                    + ", and the organization does not close notices on weekends; move it to a weekday");
        }
    }
}
