package org.vacancypress.core.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.SourceMap;
import org.vacancypress.core.model.StaffCategory;

/** The notice's facts against each other and the organization's data: grade, nationality, member states list. */
final class FactRules implements LintCheck {

    private static final Pattern NATIONALS_OF = Pattern.compile("(?i)\\bnationals? of (?:the )?");
    private static final Map<String, String> COUNTRIES_BY_NAME = countriesByName();
    /** The UN system's staff category of nationals of the duty station's country (the default vocabulary's id). */
    private static final StaffCategory NATIONAL_OFFICER = new StaffCategory("national-officer");

    private final Organization organization;

    FactRules(Organization organization) {
        this.organization = organization;
    }

    @Override
    public void check(Notice notice, List<NoticeText> texts, Findings found) {
        // Facts in error are reported by the binder: no finding on their stand-ins.
        SourceMap sources = notice.sources();
        notice.staffCategory().ifPresent(category -> notice.grade().ifPresent(grade -> organization.grades()
                .forEach((other, grades) -> {
                    if (!other.equals(category.id()) && grades.contains(grade)
                            && !organization.grades().getOrDefault(category.id(), List.of()).contains(grade)) {
                        found.at(LintRule.GRADE_CATEGORY, "grade", "grade " + grade + " is a " + other
                                + " grade, but the staff category is " + category.id() + "; correct one of them");
                    }
                })));
        if (notice.staffCategory().filter(NATIONAL_OFFICER::equals).isPresent()
                && sources.bound("dutyStation.country")) {
            nationalOfficerCountry(notice, texts, found);
        }
        if (notice.eligibility().firstTier().contains(FirstTierGroup.NON_REPRESENTED_MEMBER_STATES)
                && sources.bound("posting")) {
            organization.checks().memberStatesListMaxAgeMonths().ifPresent(months -> organization
                    .nonRepresentedMemberStates().versionInForceOn(notice.posting().opens())
                    .filter(version -> version.inForceFrom().plusMonths(months).isBefore(notice.posting().opens()))
                    .ifPresent(version -> found.at(LintRule.STALE_MEMBER_STATES, "eligibility.firstTier",
                            "the non-represented member states list in force dates from " + version.inForceFrom()
                                    + ", more than " + months + " months before the opening date: add the current list"
                                    + " to the data files")));
        }
    }

    private static void nationalOfficerCountry(Notice notice, List<NoticeText> texts, Findings found) {
        String dutyCountry = new Locale("", notice.dutyStation().country()).getDisplayCountry(Locale.ENGLISH);
        for (NoticeText text : texts) {
            if (!containsIgnoringCase(text.value(), "national")) {
                continue;
            }
            Matcher nationals = NATIONALS_OF.matcher(text.value());
            while (nationals.find()) {
                int after = nationals.end();
                COUNTRIES_BY_NAME.keySet().stream().filter(name -> text.value().startsWith(name, after)).findFirst()
                        .filter(name -> !name.equals(dutyCountry))
                        .ifPresent(name -> found.in(LintRule.NATIONAL_OFFICER_COUNTRY, text, name,
                                "national officers are nationals of the duty station's country (" + dutyCountry
                                        + "), but this text asks for nationals of " + name + "; check the duty station"));
            }
        }
    }

    private static boolean containsIgnoringCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** English country names, longest first, so "Congo" never shadows "Democratic Republic of the Congo". */
    private static Map<String, String> countriesByName() {
        Map<String, String> names = new TreeMap<>((a, b) -> a.length() != b.length()
                ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
        for (String code : Locale.getISOCountries()) {
            names.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
        }
        return names;
    }
}
