package org.vacancypress.core.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.problem.Severity;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.RuleSeverity;

/**
 * Finds the defects of {@link LintRule} in a bound notice. Each finding points at the line and
 * column of the defect and says how to fix it; the notice's {@code suppressWarnings} silences
 * the rules it names.
 */
public final class Linter {

    private static final List<String> IDS = Arrays.stream(LintRule.values()).map(LintRule::id).toList();

    private final List<LintCheck> checks;
    private final Organization organization;

    public Linter(Organization organization) {
        this.organization = organization;
        this.checks = List.of(new ItemRules(), new PostingRules(organization.checks()), new TextDefects(),
                new MarkdownDamage(), new ListConsistency(), new LayerRepeats(organization), new ReferenceConsistency(),
                new UnprintableCharacters(), new InvisibleCharacters(), new FactRules(organization));
    }

    /** Reports the rule ids the organization's {@code checks.rules} names that no rule has. */
    public static void checkRules(Organization organization, Problems problems) {
        for (String named : organization.checks().rules().keySet()) {
            if (!IDS.contains(named)) {
                problems.error(organization.sources().of("checks.rules." + named), "no lint rule is called '" + named
                        + "'" + Texts.didYouMean(named, IDS) + "; the rules are listed in NOTICE-FORMAT.md");
            }
        }
    }

    /**
     * Reports the notice's findings, less those it suppresses or the organization turns off: on
     * a notice that will be published, at the rule's severity or the one the organization gives
     * it; on a draft, which is work in progress and published nowhere but in a preview, as notes,
     * which fail no build. Unknown rule ids are errors.
     */
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
                .forEach(finding -> severity(organization, finding.rule().orElseThrow(), notice.draft())
                        .ifPresent(severity -> problems.add(new Problem(severity, finding.location(), finding.rule(),
                                finding.message()))));
    }

    /**
     * What a finding of the rule is reported as: the rule's severity or the one the organization's
     * {@code checks.rules} gives it, a note in a draft; none when the organization turns it off.
     */
    static Optional<Severity> severity(Organization organization, String id, boolean draft) {
        boolean blocking = Arrays.stream(LintRule.values()).anyMatch(rule -> rule.id().equals(id) && rule.blocking());
        RuleSeverity given = organization.checks().rules().getOrDefault(id,
                blocking ? RuleSeverity.ERROR : RuleSeverity.WARNING);
        return switch (given) {
            case OFF -> Optional.empty();
            case ERROR -> Optional.of(draft ? Severity.NOTE : Severity.ERROR);
            case WARNING -> Optional.of(draft ? Severity.NOTE : Severity.WARNING);
        };
    }
}
