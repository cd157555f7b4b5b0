package org.vacancypress.core.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The key of the site's lists: two lists of notices that differ never share it. */
class RecordsHashTest {

    /** The shape of what the lists show of a notice: texts, optionals, a list. */
    record Listed(String title, Optional<String> unit, List<String> cities, Optional<String> pdf) {
    }

    @Test
    void listsThatPrintAlikeHashApart() {
        Listed first = new Listed("Driver", Optional.empty(), List.of("Tripoli"), Optional.of("driver.pdf"));
        Listed second = new Listed("Clerk", Optional.of("Finance"), List.of("Sabha"), Optional.of("clerk.pdf"));
        String secondText = second.toString();
        // The first notice's PDF name runs on into the second's text: one notice, printed as the two.
        Listed runOn = new Listed("Driver", Optional.empty(), List.of("Tripoli"),
                Optional.of("driver.pdf]]\n" + secondText.substring(0, secondText.length() - 2)));
        assertEquals(text(List.of(first, second)), text(List.of(runOn)), "the two lists print the same");

        assertNotEquals(RecordsHash.of("settings", List.of(first, second)), RecordsHash.of("settings", List.of(runOn)));
    }

    @Test
    void theSameListAndSettingsHashTheSame() {
        List<Listed> listed = List.of(new Listed("Driver", Optional.empty(), List.of("Tripoli"), Optional.empty()));
        assertEquals(RecordsHash.of("archive pages of 100", listed), RecordsHash.of("archive pages of 100",
                List.of(new Listed("Driver", Optional.empty(), List.of("Tripoli"), Optional.empty()))));
        assertNotEquals(RecordsHash.of("archive pages of 100", listed), RecordsHash.of("archive pages of 2", listed));
    }

    private static String text(List<Listed> listed) {
        return listed.stream().map(notice -> notice + "\n").collect(Collectors.joining());
    }
}
