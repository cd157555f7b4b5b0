package org.vacancypress.core.validate;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.problem.Problems;

/**
 * The validate step: each notice against the organization's rules and the lint rules as it is
 * read, then what only all notices together show (duplicates, translations missing).
 */
public final class Validation {

    private Validation() {
    }

    /** The checks of one notice, safe to run on several threads at once. */
    public static Consumer<Notice> ofEachNotice(Organization organization, Problems problems) {
        NoticeValidator validator = new NoticeValidator(organization);
        Linter linter = new Linter(organization);
        return notice -> {
            validator.validate(notice, problems);
            linter.lint(notice, problems);
        };
    }

    /** The checks across notices: names used twice; with the texts, translations missing. */
    public static void ofAll(List<Notice> notices, Optional<TranslationCheck.Texts> texts, Problems problems) {
        NoticeValidator.validateAll(notices, problems);
        texts.ifPresent(each -> TranslationCheck.check(notices, each, problems));
    }
}
