package org.vacancypress.core.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.OrganizationTranslator;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;

/**
 * A notice in a language needs every text of its page in that language: the organization's
 * (its translation file) and the templates' (their messages). Each language in use is checked
 * once; a missing text is an error naming the file to add it to and the key.
 */
public final class TranslationCheck {

    private static final int LISTED = 12;

    private TranslationCheck() {
    }

    /**
     * @param organization the organization in every language, as loading translated it
     * @param interfaceMissing the template message keys a language lacks
     * @param interfaceFile how messages name a language's template messages
     * @param display how messages name a file of the notices folder, from its relative path
     */
    public static void check(Map<Language, OrganizationTranslator.Translated> organization, List<Notice> notices,
            Function<Language, Set<String>> interfaceMissing, Function<Language, String> interfaceFile,
            Function<String, String> display, Problems problems) {
        Map<Language, Notice> firstIn = new LinkedHashMap<>();
        notices.forEach(notice -> firstIn.putIfAbsent(notice.language(), notice));
        firstIn.forEach((language, notice) -> {
            Location at = notice.sources().of("language");
            BiFunction<Set<String>, String, String> report = (keys, file) -> notice.sources().file().file()
                    + " is in " + language.nativeName() + " (" + language.id() + "), and " + file + " has no "
                    + language.id() + " text for " + listed(keys);
            OrganizationTranslator.Translated translated = organization.get(language);
            if (!translated.missing().isEmpty()) {
                problems.error(at, report.apply(translated.missing(), display.apply(translated.file()))
                        + "; translate them from _organization.yaml and _data/ into that file");
            }
            Set<String> messages = interfaceMissing.apply(language);
            if (!messages.isEmpty()) {
                problems.error(at, report.apply(messages, interfaceFile.apply(language))
                        + "; add these keys, as the English file has them");
            }
        });
    }

    private static String listed(Set<String> keys) {
        List<String> first = keys.stream().limit(LISTED).toList();
        return String.join(", ", first) + (keys.size() > LISTED ? " and " + (keys.size() - LISTED) + " more" : "");
    }
}
