package org.vacancypress.core.validate;

import java.util.ArrayList;
import java.util.List;
import org.vacancypress.core.model.DutyGroup;
import org.vacancypress.core.model.DutyStation;
import org.vacancypress.core.model.Notice;

/**
 * A piece of a notice's text and the field it is written in, as {@link
 * org.vacancypress.core.model.SourceMap} names it: "title", "duties[3]", "notes[1]".
 */
record NoticeText(String path, String value) {

    /** Whether the text is an item of one of the notice's lists. */
    boolean isItem() {
        return path.endsWith("]");
    }

    /** Every text of the notice a candidate reads, in reading order. */
    static List<NoticeText> of(Notice notice) {
        List<NoticeText> texts = new ArrayList<>();
        texts.add(new NoticeText("reference", notice.reference()));
        texts.add(new NoticeText("title", notice.title()));
        notice.unit().ifPresent(unit -> texts.add(new NoticeText("unit", unit)));
        List<DutyStation> stations = notice.dutyStations();
        for (int i = 0; i < stations.size(); i++) {
            texts.add(new NoticeText((i == 0 ? "dutyStation" : "otherDutyStations[" + i + "]") + ".city",
                    stations.get(i).city()));
        }
        texts.add(new NoticeText("context", notice.context()));
        int titled = 0;
        for (DutyGroup duties : notice.responsibilities()) {
            if (duties.title().isPresent()) {
                texts.add(new NoticeText("groups[" + ++titled + "]", duties.title().get()));
            }
        }
        for (NoticeList list : NoticeList.of(notice)) {
            for (int i = 0; i < list.items().size(); i++) {
                texts.add(new NoticeText(list.itemPath(i), list.items().get(i)));
            }
        }
        return texts;
    }
}
