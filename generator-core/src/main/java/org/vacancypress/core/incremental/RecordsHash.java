package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What tells one list of records from another: a {@link Fingerprint} of each record by its
 * components, as the notice cache writes them ({@link RecordJson}). Not their {@code toString()},
 * whose text two different records can share (a title holding ", unit=").
 */
public final class RecordsHash {

    private RecordsHash() {
    }

    /** The hash of {@code settings} and then each record, in order. */
    public static String of(String settings, List<? extends Record> records) {
        Fingerprint fingerprint = new Fingerprint().add(settings);
        try {
            for (Record record : records) {
                fingerprint.add(RecordJson.write(record, record.getClass()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fingerprint.hex();
    }
}
