package org.vacancypress.core.incremental;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.vacancypress.core.parallel.Beside;

/**
 * A {@link RecordFile} read on a thread of its own before the build knows whether it holds: the
 * notice cache's, megabytes that a build reads while it hashes what tells whether they hold.
 */
final class RecordsAhead {

    private final String header;
    private Map<Path, CompletableFuture<Optional<List<List<RecordFile.Field>>>>> started = Map.of();

    /** @param header the header of the files read: of another kind, a file has no records */
    RecordsAhead(String header) {
        this.header = header;
    }

    /** Starts reading {@code file} now, in place of any other file started before. */
    synchronized void start(Path file) {
        started = Map.of(file, Beside.start("record file reader", () -> RecordFile.readFields(file, header)));
    }

    /**
     * How the records of {@code file} are had: as read ahead when it was started, else read when
     * asked. What was read ahead is given once, then forgotten: a later build reads the file again.
     */
    synchronized Supplier<Optional<List<List<RecordFile.Field>>>> take(Path file) {
        Optional<CompletableFuture<Optional<List<List<RecordFile.Field>>>>> read = Optional.ofNullable(started.get(file));
        started = Map.of();
        return () -> read.map(Beside::join).orElseGet(() -> RecordFile.readFields(file, header));
    }
}
