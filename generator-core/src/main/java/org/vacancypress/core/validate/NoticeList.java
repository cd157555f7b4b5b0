package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.List;
import org.vacancypress.core.model.DutyGroup;
import org.vacancypress.core.model.Notice;

/**
 * One list of a notice as a reader sees it: a group of duties, the education items...
 *
 * @param field the items' field in the source map ("duties", "education")
 * @param first the 0-based number of the list's first item in that field: duties are numbered
 *     across their groups
 */
record NoticeList(String field, int first, List<String> items) {

    /** The source map's path of the list's i-th item. */
    String itemPath(int i) {
        return field + "[" + (first + i + 1) + "]";
    }

    /** The notice's lists in reading order; duties count across their groups. */
    static List<NoticeList> of(Notice notice) {
        List<NoticeList> lists = new ArrayList<>();
        int duty = 0;
        for (DutyGroup group : notice.responsibilities()) {
            lists.add(new NoticeList("duties", duty, group.duties()));
            duty += group.duties().size();
        }
        lists.add(new NoticeList("occupationalGroups", 0, notice.occupationalGroups()));
        lists.add(new NoticeList("education", 0, notice.education()));
        lists.add(new NoticeList("experience", 0, notice.experience()));
        lists.add(new NoticeList("skills", 0, notice.skills()));
        lists.add(new NoticeList("languages.required", 0, notice.languages().required()));
        lists.add(new NoticeList("languages.advantage", 0, notice.languages().advantage()));
        lists.add(new NoticeList("notes", 0, notice.notes()));
        return lists;
    }
}
