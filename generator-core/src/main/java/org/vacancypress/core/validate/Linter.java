package org.vacancypress.core.validate;

import java.util.Arrays;
import java.util.List;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;

/**
 * Finds the defects of {@link LintRule} in a bound notice. Each warning points at the line and
 * column of the defect and says how to fix it; the notice's {@code suppressWarnings} silences
 * the rules it names.
 */
public final class Linter {

    private static final List<String> IDS = Arrays.stream(LintRule.values()).map(LintRule::id).toList();

    private final List<LintCheck> checks;

    public Linter(Organization organization) {
        this.checks = List.of(new ItemRules(), new PostingRules(organization.checks()), new TextDefects(),
                new MarkdownDamage(), new ListConsistency(), new LayerRepeats(organization), new ReferenceConsistency(),
                new UnprintableCharacters(), new InvisibleCharacters(), new FactRules(organization));
    }

    /** Reports the notice's warnings, less those it suppresses; unknown rule ids are errors. */
    public void lint(Notice notice, Problems problems) {
        for (String suppressed : notice.suppressedWarnings().keySet()) {
            if (!IDS.contains(suppressed)) {
                problems.error(notice.sources().of("suppressWarnings." + suppressed), "no lint rule is called '"
                        + suppressed + "'" + Texts.didYouMean(suppressed, IDS) + "; the rules are listed in NOTICE-FORMAT.md");
            }
        }
        Findings found = new Findings(notice.sources());
        List<NoticeText> texts = NoticeText.of(notice);
        for (LintCheck check : checks) {
            check.check(notice, texts, found);
        }
        found.warnings().stream()
                .filter(problem -> problem.rule().map(rule -> !notice.suppressedWarnings().containsKey(rule)).orElse(true))
                .forEach(problems::add);
    }
}
