package org.vacancypress.core.resolve;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.problem.Severity;
import java.util.Map;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;

/**
 * The resolve step: which notices the site publishes at a moment, and their views.
 *
 * @param published drafts and notices whose posting has not begun are published only for a preview
 * @param views every published notice's facts and texts, the organization's boilerplate chosen by them
 * @param nextChange when the site changes by itself: the day turns or a notice closes
 */
public record Resolution(List<Notice> published, NoticeViews views, Instant nextChange) {

    public Resolution {
        published = List.copyOf(published);
    }

    /**
     * @param organization in every language, as loading translated it
     * @param now the moment notices are judged open or closed at
     * @param closingSoonDays an open notice closing within this many days, today included, is closing soon
     */
    public static Resolution resolve(Map<Language, OrganizationTranslator.Translated> organization, List<Notice> notices,
            Instant now, boolean drafts, int closingSoonDays, Problems problems) {
        Organization original = OrganizationTranslator.original(organization);
        List<Notice> published = notices.stream()
                .filter(notice -> drafts || heldBack(notice, original, now, problems).isEmpty())
                .toList();
        NoticeViews views = new NoticeViews(organization, now, closingSoonDays, published);
        return new Resolution(published, views, views.nextChange(notices));
    }

    /**
     * Why the notice is not published, if it is not, also noted in {@code problems} so that the
     * log names it: drafts and notices whose posting has not begun are published only for a preview.
     */
    private static Optional<Problem> heldBack(Notice notice, Organization organization, Instant now, Problems problems) {
        Optional<Problem> reason = notice.draft()
                ? Optional.of(new Problem(Severity.NOTE, notice.sources().of("draft"), Optional.empty(),
                        "not published: the notice is a draft; remove 'draft: true' when it is ready"))
                : NoticeViews.hasOpened(notice, organization, now) ? Optional.empty()
                : Optional.of(new Problem(Severity.NOTE, notice.sources().of("posting.opens"), Optional.empty(),
                        "not published yet: the notice opens on " + notice.posting().opens()));
        reason.ifPresent(problems::add);
        return reason;
    }
}
