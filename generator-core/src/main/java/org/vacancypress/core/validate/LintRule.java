package org.vacancypress.core.validate;

/**
 * The defects real notices were published with. The id is what a notice names to silence it
 * (under {@code suppressWarnings}) and what the organization's {@code checks.rules} gives another
 * severity; the doc line is what it checks. A rule marked as blocking is an error on a notice
 * that will be published (on a draft every finding is a note): an unfinished notice must not go live.
 */
public enum LintRule {
    DUPLICATE_ITEM("duplicate-item",
            "An item repeats another item of the notice's lists, ignoring case and punctuation."),
    EMPTY_SECTION("empty-section",
            "A list is written with no item under it: add the items or leave the key out."),
    MISSING_CLOSING_DATE("missing-closing-date",
            "The notice has no closing date.", true),
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
            "The grade belongs to another staff category than the notice's.", true),
    NATIONAL_OFFICER_COUNTRY("national-officer-country",
            "A national officer notice asks for nationals of another country than the duty station's."),
    STALE_MEMBER_STATES("stale-member-states",
            "The non-represented member states list in force is older than the organization's checks allow."),
    PLACEHOLDER("placeholder",
            "A TODO placeholder written by vacancy:new is still in the notice.", true),
    MARKDOWN_DAMAGE("markdown-damage",
            "Markdown damaged by a copy: emphasis markers glued to words, an unclosed bold or italic marker, a stray"
                    + " backslash, an HTML entity left from a scrape."),
    LIST_PUNCTUATION("list-punctuation",
            "Some items of a list end with a punctuation mark and others with none."),
    DANGLING_CONJUNCTION("dangling-conjunction",
            "The last item of a list ends with a conjunction (\"or\", \"and\", \"et\", \"ou\", \"y\", \"o\", \"و\")."),
    REPEATS_STANDARD_TEXT("repeats-standard-text",
            "The notice's own text repeats, or nearly repeats, a standard note or boilerplate sentence it also prints."),
    INCONSISTENT_REFERENCE("inconsistent-reference",
            "A reference is written two ways in one notice, a digit apart (\"PAO-26\", \"PAO-27\")."),
    SPELLING("spelling",
            "LanguageTool finds a misspelled word (\"Manger\" for \"Manager\"); the organization's own words are in its dictionary."),
    GRAMMAR("grammar",
            "LanguageTool finds a grammar, punctuation or style error (a verb that does not agree with its subject)."),
    NO_GLYPH("no-glyph",
            "A character the PDF's font has no glyph for (an emoji, a rare symbol) would print as \"#\" in the PDF."),
    INVISIBLE_CHARACTER("invisible-character",
            "A bidirectional control (U+202E turns the text after it around) or an invisible character (a zero-width space) is in the text.");

    private final String id;
    private final String doc;
    private final boolean blocking;

    /** Whether the proofreading module finds it: a build without that module never reports it. */
    public boolean needsProofreader() {
        return this == SPELLING || this == GRAMMAR;
    }

    LintRule(String id, String doc) {
        this(id, doc, false);
    }

    LintRule(String id, String doc, boolean blocking) {
        this.id = id;
        this.doc = doc;
        this.blocking = blocking;
    }

    /** Whether a published notice may not have this defect: its findings are errors unless the organization says otherwise. */
    public boolean blocking() {
        return blocking;
    }

    public String id() {
        return id;
    }

    public String doc() {
        return doc;
    }
}
