package org.vacancypress.core.validate;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.vacancypress.core.load.ProofreadingFiles;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.problem.Problems;

/**
 * The validate step: each notice against the organization's rules, the lint rules and the
 * proofreader as it is read, then what only all notices together show (names used twice, the
 * organization's texts proofread, translations missing).
 */
public final class Validation {

    private final Optional<Proofreader> proofreader;
    private final Path notices;
    private final Path proofreadingCache;
    private final Function<Path, String> display;
    private final Problems problems;
    private Optional<Proofreader.Session> session = Optional.empty();
    /** The files of the notices proofread by this build: the others were taken as an earlier build checked them. */
    private final Set<String> proofread = ConcurrentHashMap.newKeySet();

    /**
     * @param proofreadingCache where proofreading results are kept between builds
     * @param display how messages name a file
     */
    public Validation(Optional<Proofreader> proofreader, Path notices, Path proofreadingCache,
            Function<Path, String> display, Problems problems) {
        this.proofreader = proofreader;
        this.notices = notices;
        this.proofreadingCache = proofreadingCache;
        this.display = display;
        this.problems = problems;
    }

    /**
     * The checks of one notice, safe to run on several threads at once; a proofreading session
     * opens. What they find, proofreading's warnings too, is kept with the notice: a notice taken
     * from an earlier build is not checked again.
     */
    public BiConsumer<Notice, Problems> ofEachNotice(Organization organization) {
        session = proofreader.map(checker -> checker.open(ProofreadingFiles.load(notices, display, problems),
                proofreadingCache));
        Optional<Proofreading> proofreading = session.map(open -> new Proofreading(open, organization));
        NoticeValidator validator = new NoticeValidator(organization);
        Linter linter = new Linter(organization);
        return (notice, found) -> {
            validator.validate(notice, found);
            linter.lint(notice, found);
            proofreading.ifPresent(checks -> {
                if (checks.check(notice, found)) {
                    proofread.add(notice.sources().file().file());
                }
            });
        };
    }

    /** The checks across notices; with the texts, translations missing. Closes the proofreading session. */
    public void ofAll(List<Notice> all, Optional<Organization> organization, Optional<TranslationCheck.Texts> texts) {
        session.ifPresent(open -> {
            if (!all.stream().allMatch(notice -> proofread.contains(notice.sources().file().file()))) {
                open.keepUnchecked();
            }
            new Proofreading(open, organization.orElseThrow()).check(languagesOf(all),
                    translationFiles(organization.orElseThrow().language()), display, problems);
            open.close();
        });
        NoticeValidator.validateAll(all, problems);
        organization.ifPresent(org -> Linter.checkRules(org, problems));
        texts.ifPresent(each -> TranslationCheck.check(all, each, problems));
    }

    private static Set<Language> languagesOf(List<Notice> notices) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        notices.forEach(notice -> languages.add(notice.language()));
        return languages;
    }

    /** Where the organization's texts in each language are written: the organization's file for its own. */
    private Map<Language, Path> translationFiles(Language own) {
        Map<Language, Path> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            files.put(language, notices.resolve(language == own
                    ? SourceFolder.ORGANIZATION_FILE : SourceFolder.translationFile(language)));
        }
        return files;
    }
}
