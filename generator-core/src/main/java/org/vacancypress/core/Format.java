package org.vacancypress.core;

import java.util.List;
import java.util.Set;
import org.vacancypress.core.model.Notice;

/** What a build publishes for each notice. */
public enum Format {
    /** A web page per notice, the index, stylesheet and schema. */
    HTML,
    /** A PDF per notice, next to its page. */
    PDF;

    /** Whether a published file belongs to this format. */
    boolean owns(String path) {
        return path.endsWith(".pdf") == (this == PDF);
    }

    /**
     * Whether a file of the previous site stays: it belongs to a format this build does not
     * render, and is not the PDF of a notice that is gone.
     */
    static boolean stillWanted(String existing, Set<Format> formats, List<Notice> published) {
        boolean otherFormat = formats.stream().noneMatch(format -> format.owns(existing));
        boolean pdfOfANoticeGone = existing.endsWith(".pdf") && published.stream()
                .noneMatch(notice -> existing.equals(notice.name() + ".pdf"));
        return otherFormat && !pdfOfANoticeGone;
    }
}
