package org.vacancypress.core.validate;

import java.util.List;
import org.vacancypress.core.model.Notice;

/** One family of lint rules: finds its defects in a notice and reports them to the findings. */
interface LintCheck {

    void check(Notice notice, List<NoticeText> texts, Findings found);
}
