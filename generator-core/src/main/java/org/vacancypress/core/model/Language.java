package org.vacancypress.core.model;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A language notices and their boilerplate can be written in: the organization's official
 * languages, and Arabic for duty stations that need it. English is the organization's own
 * data; each other language is a translation of it.
 */
public enum Language implements Keyword {
    EN("English", false),
    FR("Français", false),
    ES("Español", false),
    AR("العربية", true);

    private final String nativeName;
    private final boolean rightToLeft;

    Language(String nativeName, boolean rightToLeft) {
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    @Override
    public String id() {
        return Keyword.idOf(this);
    }

    public Locale locale() {
        return Locale.forLanguageTag(id());
    }

    /** The language's name in itself, as a link to a page in it reads. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /**
     * Dates as the language writes them in prose: "23 August 2018", "23 août 2018" ("1er mai"),
     * "23 de agosto de 2018", "23 أغسطس 2018" (with Latin digits, as the notices use).
     */
    public DateTimeFormatter dates() {
        return DATES.get(this);
    }

    /** Made once: every notice's facts format several dates. */
    private static final Map<Language, DateTimeFormatter> DATES = new EnumMap<>(Language.class);

    static {
        for (Language language : values()) {
            DATES.put(language, language == EN ? DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale())
                    : language == FR ? frenchDates()
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        }
    }

    /** French writes the first of the month as an ordinal: "1er mai 2025", "2 mai 2025". */
    private static DateTimeFormatter frenchDates() {
        Map<Long, String> days = new HashMap<>();
        for (long day = 1; day <= 31; day++) {
            days.put(day, day == 1 ? "1er" : Long.toString(day));
        }
        return new DateTimeFormatterBuilder().appendText(ChronoField.DAY_OF_MONTH, days).appendPattern(" MMMM yyyy")
                .toFormatter(FR.locale());
    }
}
