package org.vacancypress.core.resolve;

/**
 * How the notices' free text becomes safe HTML. Resolving fills views with it; the renderer that
 * implements it belongs to the render stage, which imports this stage, not the other way round.
 */
public interface Markup {

    /** Paragraphs, lists and inline marks. */
    String block(String text);

    /** One line: inline marks only. */
    String inline(String text);
}
