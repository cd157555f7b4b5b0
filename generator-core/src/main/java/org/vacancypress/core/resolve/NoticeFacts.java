package org.vacancypress.core.resolve;

import java.util.List;
import java.util.Optional;

/**
 * What lists, feeds and the notice's own header show of a notice, as text in the notice's
 * language unless the name says otherwise ({@code InSite}: the site's language; {@code Iso}:
 * ISO 8601). Built once a build, never changed.
 *
 * @param page the notice's web page, relative to the site
 * @param dir the direction of the notice's language: "ltr" or "rtl"
 * @param closesAt the last minute applications are taken, ISO 8601 with offset
 * @param applyUrl where candidates apply: the post's own form, or the organization's application system
 * @param daysLeft the days from today to an open notice's closing date
 * @param notYetOpen whether the posting period has not begun (only a preview publishes the notice then)
 * @param directApply whether {@code applyUrl} is the post's own form
 * @param translations the same vacancy's notices in other languages
 */
public record NoticeFacts(
        String name,
        String page,
        String language,
        String dir,
        String languageName,
        String reference,
        String vacancyType,
        String title,
        Optional<String> unit,
        String city,
        String country,
        String countryName,
        String countryNameInSite,
        String countryIso3,
        String grade,
        String staffCategory,
        List<String> occupationalGroups,
        String contractType,
        Optional<Integer> durationMonths,
        boolean extensible,
        Optional<String> startDate,
        String opens,
        String opensIso,
        Optional<String> closes,
        Optional<String> closesIso,
        Optional<String> closesInSite,
        Optional<String> closesAt,
        String updated,
        String updatedIso,
        boolean open,
        boolean closingSoon,
        Optional<Long> daysLeft,
        boolean draft,
        boolean notYetOpen,
        String applyUrl,
        boolean directApply,
        List<OtherLanguage> translations) {

    /** The same vacancy's notice in another language, which a notice's page links. */
    public record OtherLanguage(String language, String languageName, String page) {
    }
}
