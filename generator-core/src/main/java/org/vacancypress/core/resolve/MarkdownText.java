package org.vacancypress.core.resolve;

/**
 * Text written in Markdown, as a view carries it to the templates: rendering turns it into
 * sanitized HTML where a template outputs it.
 *
 * @param block paragraphs and lists, rather than the text of one line
 */
public record MarkdownText(String markdown, boolean block) {

    public static MarkdownText inline(String markdown) {
        return new MarkdownText(markdown, false);
    }

    public static MarkdownText block(String markdown) {
        return new MarkdownText(markdown, true);
    }
}
