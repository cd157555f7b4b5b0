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
 * @param applyMethod how candidates apply: "url" (a form), "email" or "instructions" (the
 *     how-to-apply section's)
 * @param applyUrl where candidates apply: a form's address, or a mailto: address with the
 *     reference as subject; none when they follow written instructions
 * @param directApply whether {@code applyUrl} is the post's own, not the organization's
 * @param daysLeft the days from today to an open notice's closing date
 * @param salary what the post pays, when its notice states it
 * @param notYetOpen whether the posting period has not begun (only a preview publishes the notice then)
 * @param translations the same vacancy's notices in other languages
 * @param dutyStations every duty station of the post; {@code city}, {@code country} and their
 *     names are the first one's
 * @param originalCloses the closing date as first published, when it was extended to {@code closes}
 * @param cancellation the notice's withdrawal, when it is cancelled: it is then not {@code open}
 * @param durationDays the contract's duration in days, when it is given in days instead of months
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
        Optional<String> grade,
        Optional<String> staffCategory,
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
        String applyMethod,
        Optional<String> applyUrl,
        boolean directApply,
        Optional<SalaryFacts> salary,
        List<OtherLanguage> translations,
        List<Station> dutyStations,
        Optional<String> originalCloses,
        Optional<String> originalClosesIso,
        Optional<Cancelled> cancellation,
        Optional<Integer> durationDays) {

    /**
     * A duty station: {@code city} is empty for a home-based post that names none, {@code country}
     * (ISO 3166-1 alpha-2, with its names and alpha-3 code) for a post home-based anywhere.
     */
    public record Station(String city, String country, String countryName, String countryNameInSite,
            String countryIso3, boolean homeBased) {
    }

    /** A cancelled notice's day (in the notice's language, ISO 8601, the site's language) and reason, when given. */
    public record Cancelled(Optional<String> date, Optional<String> dateIso, Optional<String> dateInSite,
            Optional<String> reason) {
    }

    /**
     * What a post pays: {@code amount} is the amount or range as the notice's language writes
     * numbers ("80,000–95,000"); {@code period} is {@code hour}, {@code day}, {@code week},
     * {@code month} or {@code year}.
     */
    public record SalaryFacts(String currency, int minimum, Optional<Integer> maximum, String period, String amount) {
    }

    /** The same vacancy's notice in another language, which a notice's page links. */
    public record OtherLanguage(String language, String languageName, String page) {
    }
}
