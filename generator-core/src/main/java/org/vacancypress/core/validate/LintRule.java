package org.vacancypress.core.validate;

/**
 * The defects real notices were published with, each caught as a warning. The id is what a
 * notice names to silence it (under {@code suppressWarnings}); the doc line is what it checks.
 */
public enum LintRule {
    DUPLICATE_ITEM("duplicate-item",
            "An item repeats another item of the notice's lists, ignoring case and punctuation."),
    EMPTY_SECTION("empty-section",
            "A list is written with no item under it: add the items or leave the key out."),
    MISSING_CLOSING_DATE("missing-closing-date",
            "The notice has no closing date."),
    POSTING_PERIOD("posting-period",
            "The posting period is shorter or longer than the organization's checks allow."),
    WEEKEND_CLOSING("weekend-closing",
            "The notice closes on a Saturday or Sunday, and the organization's checks say it does not."),
    ENCODING_DAMAGE("encoding-damage",
            "The text has mojibake (\"â€™\", \"Ã©\", \"โ\", \"ย\") or a control character."),
    GLUED_TEXT("glued-text",
            "Text is run together: \"documentation.Assist\", \"1.Provide\", or a heading line glued to the next line."),
    COUNT_MISMATCH("count-mismatch",
            "A count in the text (\"these three values:\") disagrees with the list that follows it."),
    GRADE_CATEGORY("grade-category",
            "The grade belongs to another staff category than the notice's."),
    NATIONAL_OFFICER_COUNTRY("national-officer-country",
            "A national officer notice asks for nationals of another country than the duty station's."),
    STALE_MEMBER_STATES("stale-member-states",
            "The non-represented member states list in force is older than the organization's checks allow."),
    PLACEHOLDER("placeholder",
            "A TODO placeholder written by vacancy:new is still in the notice."),
    NO_GLYPH("no-glyph",
            "A character the PDF's font has no glyph for (an emoji, a rare symbol) would print as \"#\" in the PDF.");

    private final String id;
    private final String doc;

    LintRule(String id, String doc) {
        this.id = id;
        this.doc = doc;
    }

    public String id() {
        return id;
    }

    public String doc() {
        return doc;
    }
}
