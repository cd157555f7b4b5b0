package org.vacancypress.proofreading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * A Markdown text as LanguageTool reads it: the words as text, the markup (emphasis markers,
 * link addresses, code, list markers, bare addresses) as markup it skips, places kept those of
 * the Markdown so that what it finds points into the source.
 */
final class MarkdownText {

    private static final Pattern MARKUP = Pattern.compile(String.join("|",
            "`[^`]*`",
            "\\]\\([^)]*\\)",
            "\\[(?=[^\\]]*\\]\\()",
            "(?i:https?://|www\\.)[^\\s)]+",
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
            "<[^>\\s]+>",
            "(?m)^[ \\t]*(?:[-*+]|\\d{1,3}[.)])[ \\t]+",
            "\\*+",
            "(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])"));

    private MarkdownText() {
    }

    static AnnotatedText annotate(String markdown) {
        AnnotatedTextBuilder text = new AnnotatedTextBuilder();
        Matcher markup = MARKUP.matcher(markdown);
        int at = 0;
        while (markup.find()) {
            text.addText(markdown.substring(at, markup.start()));
            text.addMarkup(markup.group());
            at = markup.end();
        }
        text.addText(markdown.substring(at));
        return text.build();
    }
}
