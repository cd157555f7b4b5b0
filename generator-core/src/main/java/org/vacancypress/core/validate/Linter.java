package org.vacancypress.core.validate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.problem.Severity;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Checks;
import org.vacancypress.core.model.DutyGroup;
import org.vacancypress.core.model.FirstTierGroup;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.RuleSeverity;
import org.vacancypress.core.model.SourceMap;
import org.vacancypress.core.model.StaffCategory;

/**
 * Finds the defects of {@link LintRule} in a bound notice. Each finding points at the line and
 * column of the defect and says how to fix it; the notice's {@code suppressWarnings} silences
 * the rules it names.
 */
public final class Linter {

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern MOJIBAKE = Pattern.compile("â€|Ã[\\u0080-\\u00BF]|Â[\\u0080-\\u00BF ]|[โย]|\\uFFFD");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern GLUED_SENTENCE = Pattern.compile("[a-z)][.;:](?=[A-Z][a-z])");
    private static final Pattern GLUED_NUMBER = Pattern.compile("(?<![\\d.,])\\b\\d{1,2}\\.(?=[A-Z][a-z])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\bTODO\\b");
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)\\b(?:these|the following|following)\\s+(\\d{1,2}|" + String.join("|", NUMBER_WORDS) + ")\\s[^:]*:\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String ASCII_SPACES = " \t\n\u000B\f\r";
    /** The line terminators a regular expression's "$" stops before that are not spaces to "\\s". */
    private static final String LINE_SEPARATORS = "\u0085\u2028\u2029";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_AS_SENTENCE = Pattern.compile("[.:;!?,]$");
    private static final Pattern NATIONALS_OF = Pattern.compile("(?i)\\bnationals? of (?:the )?");
    private static final Map<String, String> COUNTRIES_BY_NAME = countriesByName();

    private final Organization organization;

    public Linter(Organization organization) {
        this.organization = organization;
    }

    /** Reports the rule ids the organization's {@code checks.rules} names that no rule has. */
    public static void checkRules(Organization organization, Problems problems) {
        List<String> ids = Arrays.stream(LintRule.values()).map(LintRule::id).toList();
        for (String named : organization.checks().rules().keySet()) {
            if (!ids.contains(named)) {
                problems.error(organization.sources().of("checks.rules." + named), "no lint rule is called '" + named
                        + "'" + Texts.didYouMean(named, ids) + "; the rules are listed in NOTICE-FORMAT.md");
            }
        }
    }

    /**
     * Reports the notice's findings, less those it suppresses or the organization turns off: on
     * a notice that will be published, at the rule's severity or the one the organization gives
     * it; on a draft, which is work in progress and published nowhere but in a preview, as notes,
     * which fail no build. Unknown rule ids are errors.
     */
    public void lint(Notice notice, Problems problems) {
        List<String> ids = Arrays.stream(LintRule.values()).map(LintRule::id).toList();
        for (String suppressed : notice.suppressedWarnings().keySet()) {
            if (!ids.contains(suppressed)) {
                problems.error(notice.sources().of("suppressWarnings." + suppressed), "no lint rule is called '"
                        + suppressed + "'" + Texts.didYouMean(suppressed, ids) + "; the rules are listed in NOTICE-FORMAT.md");
            }
        }
        Found found = new Found(notice.sources());
        duplicates(notice, found);
        emptySections(notice, found);
        dates(notice, found);
        for (Text text : texts(notice)) {
            Signs signs = Signs.of(text.value());
            encoding(text, signs, found);
            glued(text, signs, found);
            placeholders(text, found);
            counts(text, signs, found);
            glyphs(text, found);
        }
        facts(notice, found);
        found.findings.stream()
                .filter(finding -> !notice.suppressedWarnings().containsKey(finding.rule().id()))
                .forEach(finding -> severity(finding.rule(), notice).ifPresent(severity -> problems.add(new Problem(
                        severity, finding.location(), Optional.of(finding.rule().id()), finding.message()))));
    }

    private Optional<Severity> severity(LintRule rule, Notice notice) {
        RuleSeverity given = organization.checks().rules().getOrDefault(rule.id(),
                rule.blocking() ? RuleSeverity.ERROR : RuleSeverity.WARNING);
        return switch (given) {
            case OFF -> Optional.empty();
            case ERROR -> Optional.of(notice.draft() ? Severity.NOTE : Severity.ERROR);
            case WARNING -> Optional.of(notice.draft() ? Severity.NOTE : Severity.WARNING);
        };
    }

    /** What a rule found, and where; its severity depends on the notice and the organization. */
    private record Finding(LintRule rule, Location location, String message) {
    }

    /** A piece of the notice's text and the field it is written in. */
    private record Text(String path, String value) {
    }

    /**
     * What one pass over a text finds that the rules' patterns cannot match without: most texts
     * show none, and then no pattern runs (they were a third of a build that changed one notice).
     *
     * @param capitalAfterStop a full stop, semicolon or colon right before a capital: glued text needs one
     * @param mojibakeLead a character that starts every kind of encoding damage the rule knows
     * @param control a control character other than tab, line feed and carriage return
     * @param colon a colon: a count announcing a list ends its line with one
     * @param lines more than one line: a heading can be glued only to a next line
     */
    private record Signs(boolean capitalAfterStop, boolean mojibakeLead, boolean control, boolean colon,
            boolean lines) {

        static Signs of(String text) {
            boolean capitalAfterStop = false;
            boolean mojibakeLead = false;
            boolean control = false;
            boolean colon = false;
            boolean lines = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean stop = c == '.' || c == ';' || c == ':';
                capitalAfterStop |= stop && i + 1 < text.length() && text.charAt(i + 1) >= 'A' && text.charAt(i + 1) <= 'Z';
                mojibakeLead |= c == 'â' || c == 'Ã' || c == 'Â' || c == 'โ' || c == 'ย' || c == '\uFFFD';
                control |= c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
                colon |= c == ':';
                lines |= c == '\n' || c == '\r';
            }
            return new Signs(capitalAfterStop, mojibakeLead, control, colon, lines);
        }
    }

    /** Collects one notice's warnings, locating them in its source, which it reads once at most. */
    private static final class Found {
        final SourceMap sources;
        final List<Finding> findings = new ArrayList<>();
        private List<String> lines;

        Found(SourceMap sources) {
            this.sources = sources;
        }

        void at(LintRule rule, Location location, String message) {
            findings.add(new Finding(rule, location, message));
        }

        void in(LintRule rule, Text text, String snippet, String message) {
            if (lines == null) {
                lines = sources.lines();
            }
            at(rule, sources.find(text.path(), snippet, lines), message);
        }
    }

    private static List<Text> texts(Notice notice) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text("reference", notice.reference()));
        texts.add(new Text("title", notice.title()));
        notice.unit().ifPresent(unit -> texts.add(new Text("unit", unit)));
        texts.add(new Text("dutyStation.city", notice.dutyStation().city()));
        texts.add(new Text("context", notice.context()));
        int titled = 0;
        for (DutyGroup duties : notice.responsibilities()) {
            if (duties.title().isPresent()) {
                texts.add(new Text("groups[" + ++titled + "]", duties.title().get()));
            }
        }
        List<String> duties = notice.duties();
        for (int i = 0; i < duties.size(); i++) {
            texts.add(new Text("duties[" + (i + 1) + "]", duties.get(i)));
        }
        addItems(texts, "occupationalGroups", notice.occupationalGroups());
        addItems(texts, "education", notice.education());
        addItems(texts, "experience", notice.experience());
        addItems(texts, "skills", notice.skills());
        addItems(texts, "languages.required", notice.languages().required());
        addItems(texts, "languages.advantage", notice.languages().advantage());
        addItems(texts, "notes", notice.notes());
        return texts;
    }

    private static void addItems(List<Text> texts, String field, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            texts.add(new Text(field + "[" + (i + 1) + "]", items.get(i)));
        }
    }

    /** The same item twice, in one list or two, once case, punctuation and a closing "and" are set aside. */
    private static void duplicates(Notice notice, Found found) {
        Map<String, Text> seen = new HashMap<>();
        for (Text item : texts(notice)) {
            if (!item.path().contains("[") || item.path().startsWith("languages") || item.path().startsWith("groups")) {
                continue;
            }
            String key = comparable(item.value());
            Text first = seen.putIfAbsent(key, item);
            if (first != null) {
                Location original = found.sources.of(first.path());
                found.at(LintRule.DUPLICATE_ITEM, found.sources.of(item.path()), "'" + Texts.abbreviate(item.value())
                        + "' repeats the item at line " + original.line() + "; remove one");
            }
        }
    }

    /**
     * An item as duplicates are compared: lower case, punctuation and runs of spaces made one
     * space, without a closing "and" or "or" ("Draft reports;" and "draft reports, and" are
     * one). One pass by hand: three regular expressions over every item were a fifth of a
     * one-notice build.
     */
    static String comparable(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (c < 0x80 && ASCII_SPACES.indexOf(c) >= 0 || isPunctuation(c)) {
                if (key.isEmpty() || key.charAt(key.length() - 1) != ' ') {
                    key.append(' ');
                }
            } else {
                key.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        // The conjunction ends the text, or comes before one final line separator, as "$" reads it.
        int end = key.length();
        int body = end > 0 && LINE_SEPARATORS.indexOf(key.charAt(end - 1)) >= 0 ? end - 1 : end;
        int words = body > 0 && key.charAt(body - 1) == ' ' ? body - 1 : body;
        for (String conjunction : List.of(" and", " or")) {
            int at = words - conjunction.length();
            if (at >= 0 && key.indexOf(conjunction, at) == at) {
                key.delete(at, body);
                break;
            }
        }
        return key.toString().strip();
    }

    private static boolean isPunctuation(int c) {
        if (c < 0x80) {
            return ASCII_PUNCTUATION.indexOf(c) >= 0;
        }
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static void emptySections(Notice notice, Found found) {
        Map<String, List<String>> optional = Map.of("occupationalGroups", notice.occupationalGroups(),
                "experience", notice.experience(), "skills", notice.skills(), "notes", notice.notes(),
                "languages.advantage", notice.languages().advantage());
        optional.forEach((field, items) -> {
            if (items.isEmpty() && found.sources.written(field) && found.sources.bound(field)) {
                found.at(LintRule.EMPTY_SECTION, found.sources.of(field), "'" + field
                        + "' has no item, so the page would show an empty section; add its items or remove the key");
            }
        });
    }

    private void dates(Notice notice, Found found) {
        Checks checks = organization.checks();
        Optional<LocalDate> closes = notice.posting().closes();
        if (!found.sources.bound("posting")) {
            return;
        }
        if (closes.isEmpty()) {
            found.at(LintRule.MISSING_CLOSING_DATE, found.sources.of("posting"),
                    "the notice has no closing date: add 'closes' under 'posting'");
            return;
        }
        LocalDate opens = notice.posting().opens();
        if (closes.get().isBefore(opens)) {
            return;
        }
        long days = ChronoUnit.DAYS.between(opens, closes.get()) + 1;
        Location at = found.sources.of("posting.closes");
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

    private static void encoding(Text text, Signs signs, Found found) {
        Matcher mojibake = MOJIBAKE.matcher(text.value());
        if (signs.mojibakeLead() && mojibake.find()) {
            found.in(LintRule.ENCODING_DAMAGE, text, mojibake.group(), "encoding damage '" + mojibake.group()
                    + "' in '" + Texts.abbreviate(around(text.value(), mojibake.start())) + "': retype the character"
                    + " (it was probably an apostrophe, a dash or a space)");
        }
        Matcher control = CONTROL.matcher(text.value());
        if (signs.control() && control.find()) {
            // Written as an escape ("\x07"), the character itself is nowhere in the file: point at the value.
            found.at(LintRule.ENCODING_DAMAGE, found.sources.of(text.path()), "a control character (U+"
                    + String.format(Locale.ROOT, "%04X", (int) control.group().charAt(0)) + ") in '" + text.path()
                    + "': delete it");
        }
    }

    private static void glued(Text text, Signs signs, Found found) {
        for (Pattern pattern : List.of(GLUED_SENTENCE, GLUED_NUMBER)) {
            Matcher glued = pattern.matcher(text.value());
            if (signs.capitalAfterStop() && glued.find()) {
                String snippet = wordsAround(text.value(), glued.start(), glued.end());
                found.in(LintRule.GLUED_TEXT, text, snippet, "text run together at '" + snippet
                        + "': put a space or a line break between the two, or make them two items");
                return;
            }
        }
        if (!signs.lines()) {
            return;
        }
        List<String> lines = text.value().lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = lines.get(i + 1).strip();
            boolean startsParagraph = i == 0 || lines.get(i - 1).isBlank();
            if (startsParagraph && isHeadingLike(line) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                    && !LIST_ITEM.matcher(next).find()) {
                found.in(LintRule.GLUED_TEXT, text, line, "the line '" + Texts.abbreviate(line)
                        + "' reads as a heading glued to the next sentence: end it with a full stop, or leave a"
                        + " blank line after it");
                return;
            }
        }
    }

    private static boolean isHeadingLike(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0)) && SPACES.split(line).length <= 8
                && !ENDS_AS_SENTENCE.matcher(line).find() && !LIST_ITEM.matcher(line).find();
    }

    private static void placeholders(Text text, Found found) {
        if (text.value().contains("TODO") && PLACEHOLDER.matcher(text.value()).find()) {
            found.in(LintRule.PLACEHOLDER, text, "TODO", "'" + text.path().replaceAll("\\[\\d+]", "")
                    + "' still holds a TODO placeholder from vacancy:new: write the real text");
        }
    }

    /** Each character of the text that the PDF cannot print, once; encoding damage is its own rule's. */
    private static void glyphs(Text text, Found found) {
        text.value().codePoints().filter(c -> !PrintableCharacters.printable(c)).distinct().forEach(c -> {
            String character = Character.toString(c);
            if (MOJIBAKE.matcher(character).matches()) {
                return;
            }
            found.in(LintRule.NO_GLYPH, text, character, "'" + character + "' (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                    + ") has no glyph in the PDF's font and would print as '#': write it in words or leave it out");
        });
    }

    /** "these three values:" followed by a Markdown list of five items. */
    private static void counts(Text text, Signs signs, Found found) {
        if (!signs.colon()) {
            return;
        }
        List<String> lines = text.value().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            // The count's pattern needs a colon in the line: most lines have none.
            Matcher counted = COUNTED.matcher(lines.get(i));
            if (lines.get(i).indexOf(':') < 0 || !counted.find()) {
                continue;
            }
            int said = NUMBER_WORDS.contains(counted.group(1).toLowerCase(Locale.ROOT))
                    ? NUMBER_WORDS.indexOf(counted.group(1).toLowerCase(Locale.ROOT)) : Integer.parseInt(counted.group(1));
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            int listed = 0;
            while (j < lines.size() && LIST_ITEM.matcher(lines.get(j)).find()) {
                listed++;
                j++;
            }
            if (listed > 0 && listed != said) {
                String phrase = lines.get(i).substring(counted.start()).strip();
                found.in(LintRule.COUNT_MISMATCH, text, phrase, "'" + Texts.abbreviate(phrase) + "' announces "
                        + said + " but " + listed + " items follow; correct the number or the list");
            }
        }
    }

    private void facts(Notice notice, Found found) {
        StaffCategory category = notice.staffCategory();
        SourceMap sources = notice.sources();
        boolean gradeAndCategory = sources.bound("grade") && sources.bound("staffCategory");
        organization.grades().forEach((other, grades) -> {
            if (gradeAndCategory && other != category && grades.contains(notice.grade())
                    && !organization.grades().getOrDefault(category, List.of()).contains(notice.grade())) {
                found.at(LintRule.GRADE_CATEGORY, found.sources.of("grade"), "grade " + notice.grade() + " is a "
                        + other.id() + " grade, but the staff category is " + category.id() + "; correct one of them");
            }
        });
        if (category == StaffCategory.NATIONAL_OFFICER && sources.bound("staffCategory")
                && sources.bound("dutyStation.country")) {
            String dutyCountry = new Locale("", notice.dutyStation().country()).getDisplayCountry(Locale.ENGLISH);
            for (Text text : texts(notice)) {
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
        if (notice.eligibility().firstTier().contains(FirstTierGroup.NON_REPRESENTED_MEMBER_STATES)
                && sources.bound("posting")) {
            organization.checks().memberStatesListMaxAgeMonths().ifPresent(months -> organization
                    .nonRepresentedMemberStates().versionInForceOn(notice.posting().opens())
                    .filter(version -> version.inForceFrom().plusMonths(months).isBefore(notice.posting().opens()))
                    .ifPresent(version -> found.at(LintRule.STALE_MEMBER_STATES,
                            found.sources.of("eligibility.firstTier"), "the non-represented member states list in force"
                                    + " dates from " + version.inForceFrom() + ", more than " + months
                                    + " months before the opening date: add the current list to the data files")));
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

    /** The run of non-blank characters holding text[start, end): "documentation.Assist". */
    private static String wordsAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    private static String around(String text, int index) {
        return text.substring(Math.max(0, index - 15), Math.min(text.length(), index + 15));
    }

    /** English country names, longest first, so "Congo" never shadows "Democratic Republic of the Congo". */
    private static Map<String, String> countriesByName() {
        Map<String, String> names = new java.util.TreeMap<>((a, b) -> a.length() != b.length()
                ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
        for (String code : Locale.getISOCountries()) {
            names.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
        }
        return names;
    }
}
