package org.vacancypress.core.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record file read ahead is what the file held, given once, and only for that file. */
class RecordsAheadTest {

    private static final String HEADER = "vacancy-press test records 1";

    @TempDir
    Path dir;

    private Path written(String name, String... values) throws IOException {
        Path file = dir.resolve(name);
        RecordFile.write(file, HEADER, List.of(List.of(values)));
        return file;
    }

    private static Optional<List<List<String>>> texts(Optional<List<List<RecordFile.Field>>> records) {
        return records.map(all -> all.stream().map(record -> record.stream().map(RecordFile.Field::text).toList())
                .toList());
    }

    @Test
    void theRecordsReadAheadAreTheFilesWithTheirEscapes() throws IOException {
        Path file = written("a", "notice", "tab\there", "line\nbreak");
        RecordsAhead ahead = new RecordsAhead(HEADER);
        ahead.start(file);

        assertEquals(Optional.of(List.of(List.of("notice", "tab\there", "line\nbreak"))),
                texts(ahead.take(file).get()));
    }

    @Test
    void whatWasReadAheadIsGivenOnceThenTheFileIsReadAgain() throws IOException {
        Path file = written("a", "first");
        RecordsAhead ahead = new RecordsAhead(HEADER);
        ahead.start(file);
        assertEquals(Optional.of(List.of(List.of("first"))), texts(ahead.take(file).get()));

        written("a", "second");

        assertEquals(Optional.of(List.of(List.of("second"))), texts(ahead.take(file).get()),
                "a later build must not take the records an earlier one read ahead");
    }

    @Test
    void anotherFilesRecordsAreNeverGiven() throws IOException {
        Path first = written("a", "first");
        Path other = written("b", "other");
        RecordsAhead ahead = new RecordsAhead(HEADER);
        ahead.start(first);

        assertEquals(Optional.of(List.of(List.of("other"))), texts(ahead.take(other).get()));
        assertEquals(Optional.of(List.of(List.of("first"))), texts(ahead.take(first).get()));
    }

    @Test
    void aFileCutShortOrOfAnotherKindHasNoRecords() throws IOException {
        Path file = written("a", "first");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - RecordFile.END.length() - 1));
        RecordsAhead ahead = new RecordsAhead(HEADER);
        ahead.start(file);
        assertEquals(Optional.empty(), ahead.take(file).get());

        RecordsAhead otherKind = new RecordsAhead("vacancy-press other records 1");
        Path other = written("b", "first");
        otherKind.start(other);
        assertEquals(Optional.empty(), otherKind.take(other).get());
    }
}
