package org.vacancypress.core.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.load.Texts;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.SourceMap;
import org.vacancypress.core.model.StandardNote;
import org.vacancypress.core.model.Translation;
import org.vacancypress.core.validate.Proofreader.Proof;

/**
 * Spelling and grammar warnings on every text a candidate reads: a notice's fields, and the
 * organization's boilerplate, checked once a build in each language the notices use rather
 * than once a notice.
 */
public final class Proofreading {

    private static final Pattern SUGGESTION_TAGS = Pattern.compile("</?suggestion>");
    /** The rules of every finding: a notice that suppresses them all has nothing to check. */
    private static final Set<String> RULES = Arrays.stream(LintRule.values()).filter(LintRule::needsProofreader)
            .map(LintRule::id).collect(Collectors.toUnmodifiableSet());
    private static final int SNIPPET = 30;

    private final Proofreader.Session session;
    private final Organization organization;

    /** @param organization whose {@code checks.rules} may give spelling and grammar another severity, or turn them off */
    public Proofreading(Proofreader.Session session, Organization organization) {
        this.session = session;
        this.organization = organization;
    }

    /**
     * The notice's own texts; its {@code suppressWarnings} silences spelling or grammar, the
     * organization may turn them off, and a draft's findings are notes, as the linter's are.
     *
     * @return whether the results kept for its texts may go: not when the organization turned
     *     proofreading off, which it may turn on again
     */
    public boolean check(Notice notice, Problems problems) {
        Set<String> on = RULES.stream().filter(rule -> Linter.severity(organization, rule, notice.draft()).isPresent())
                .collect(Collectors.toSet());
        Set<String> reported = on.stream().filter(rule -> !notice.suppressedWarnings().containsKey(rule))
                .collect(Collectors.toSet());
        if (reported.isEmpty()) {
            return !on.isEmpty();
        }
        Findings found = new Findings(notice.sources());
        for (NoticeText text : NoticeText.of(notice)) {
            if (!text.path().equals("reference")) {
                for (Proof proof : session.check(notice.language(), text.value())) {
                    found.at(rule(proof), locate(found, text, proof), message(text.value(), proof));
                }
            }
        }
        report(found, reported, notice.draft(), problems);
        return true;
    }

    /** The findings of the rules reported, at the severity the organization gives each. */
    private void report(Findings found, Set<String> reported, boolean draft, Problems problems) {
        for (Problem finding : found.warnings()) {
            String rule = finding.rule().orElseThrow();
            if (reported.contains(rule)) {
                Linter.severity(organization, rule, draft).ifPresent(severity -> problems.add(
                        new Problem(severity, finding.location(), finding.rule(), finding.message())));
            }
        }
    }

    /**
     * The organization's texts in each of the languages: its own file for English, each
     * translation's file for the others.
     *
     * @param files where the texts of each language are written
     * @param display how messages name a file
     */
    public void check(Set<Language> languages, Map<Language, Path> files, Function<Path, String> display,
            Problems problems) {
        Set<String> reported = RULES.stream().filter(rule -> Linter.severity(organization, rule, false).isPresent())
                .collect(Collectors.toSet());
        if (reported.isEmpty()) {
            return;
        }
        for (Language language : languages) {
            Optional<Translation> translation = Optional.ofNullable(organization.translations().get(language));
            if (language != organization.language() && translation.isEmpty()) {
                continue;
            }
            Path file = files.get(language);
            SourceMap sources = language == organization.language() ? organization.sources()
                    : new SourceMap(Location.ofFile(display.apply(file)), Map.of(), Optional.of(file));
            Findings found = new Findings(sources);
            for (NoticeText text : texts(organization, translation)) {
                for (Proof proof : session.check(language, text.value())) {
                    found.at(rule(proof), locate(found, text, proof), message(text.value(), proof));
                }
            }
            report(found, reported, false, problems);
        }
    }

    /** The boilerplate a notice prints, by where it is written; English where the translation lacks a text. */
    private static List<NoticeText> texts(Organization organization, Optional<Translation> translation) {
        List<NoticeText> texts = new ArrayList<>();
        OrganizationTexts.paragraphs(organization).forEach((key, text) -> (translation.isPresent() ? translation.get().text(key) : Optional.of(text))
                .ifPresent(value -> texts.add(new NoticeText(key, value))));
        List<String> howToApply = translation.isPresent() ? translation.get().lists().getOrDefault("howToApply", List.of())
                : organization.howToApply();
        for (int i = 0; i < howToApply.size(); i++) {
            texts.add(new NoticeText("howToApply[" + (i + 1) + "]", howToApply.get(i)));
        }
        List<StandardNote> notes = organization.notes();
        for (int i = 0; i < notes.size(); i++) {
            String id = notes.get(i).id();
            Optional<String> text = translation.isPresent() ? Optional.ofNullable(translation.get().notes().get(id))
                    : Optional.of(notes.get(i).text());
            int n = i + 1;
            text.ifPresent(value -> texts.add(new NoticeText("notes[" + n + "].text", value)));
        }
        texts.sort((a, b) -> a.path().compareTo(b.path()));
        return texts;
    }

    private static LintRule rule(Proof proof) {
        return proof.spelling() ? LintRule.SPELLING : LintRule.GRAMMAR;
    }

    /** Where the proof's words are written: found with the words after them, or alone, or the field. */
    private static Location locate(Findings found, NoticeText text, Proof proof) {
        String value = text.value();
        int lineEnd = value.indexOf('\n', proof.from());
        int end = Math.min(lineEnd < 0 ? value.length() : lineEnd, Math.max(proof.to(), proof.from() + SNIPPET));
        Location withContext = found.locate(text, value.substring(proof.from(), end));
        Location field = found.sources().of(text.path());
        return withContext.equals(field) ? found.locate(text, value.substring(proof.from(), proof.to())) : withContext;
    }

    private static String message(String text, Proof proof) {
        String words = text.substring(proof.from(), proof.to());
        String message = SUGGESTION_TAGS.matcher(proof.message()).replaceAll("'");
        String suggestions = proof.suggestions().isEmpty() ? "" : " (suggestions: " + String.join(", ",
                proof.suggestions().stream().limit(3).map(s -> "'" + s + "'").toList()) + ")";
        String fix = proof.spelling() ? "; if it is right, add it to the organization's dictionary"
                : "; if the rule is wrong for the organization, switch off " + proof.rule() + " in its data";
        return "'" + Texts.abbreviate(words) + "': " + message + suggestions + fix;
    }
}
