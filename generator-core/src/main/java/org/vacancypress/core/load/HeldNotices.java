package org.vacancypress.core.load;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Vocabularies;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problems;

/**
 * What a build holds of each notice between loading and rendering: the whole notice while the
 * memory set aside for notices lasts, its {@link Notice#outline() outline} past it, the file read
 * again when the notice is rendered. A site of 100,000 notices then builds in the memory a site
 * of 10,000 takes; a smaller one is never read twice. A notice an earlier build kept is held
 * outlined as well, its whole record taken from the store only to render it: a build with one
 * notice changed reads one whole notice. Safe to use from the build's threads.
 */
public final class HeldNotices {

    /**
     * How many times its file's size a notice takes in memory, as measured on notices of
     * 5 to 14 KB: its texts as strings, the place of every field and list item, the records.
     */
    private static final int SIZE_IN_MEMORY = 3;

    private final long budget;
    private final AtomicLong held = new AtomicLong();
    /** Where each outlined notice is read whole from, by the outline itself. */
    private final Map<Notice, Outlined> outlined = Collections.synchronizedMap(new IdentityHashMap<>());
    private final SourceFolder folder;
    private final Language organizationLanguage;
    private final Optional<Vocabularies> vocabularies;

    /**
     * Where an outlined notice is read whole from: the store's record when a store kept it,
     * else (or when that record cannot be read) its file.
     *
     * @param checksum of the bytes it was checked from, when this build read them (a kept
     *     notice's are its {@link NoticeStore.Kept#contentHash}): a file changed since is refused
     */
    private record Outlined(Path file, Optional<Long> checksum, Optional<NoticeStore.Kept> kept) {
    }

    /** Notices to be held whole while their files' sizes add up to at most {@code budget} (in memory, times three). */
    HeldNotices(long budget, SourceFolder folder, Language organizationLanguage, Optional<Vocabularies> vocabularies) {
        this.budget = budget;
        this.folder = folder;
        this.organizationLanguage = organizationLanguage;
        this.vocabularies = vocabularies;
    }

    /** Holds nothing: for a build that stopped before loading. */
    static HeldNotices none() {
        return new HeldNotices(0, null, Language.EN, Optional.empty());
    }

    /** The notice checked from {@code bytes} of {@code file}, as the build holds it. */
    Notice hold(Notice notice, Path file, byte[] bytes) {
        return held.addAndGet((long) bytes.length * SIZE_IN_MEMORY) <= budget ? notice : outline(notice, file, bytes);
    }

    /**
     * A notice an earlier build checked, its file unchanged since, as the build holds it: its
     * outline, the store's record read whole only when the notice is rendered.
     */
    Notice hold(NoticeStore.Kept kept, Path file) {
        outlined.put(kept.outline(), new Outlined(file, Optional.empty(), Optional.of(kept)));
        return kept.outline();
    }

    private Notice outline(Notice notice, Path file, byte[] bytes) {
        Notice outline = notice.outline();
        outlined.put(outline, new Outlined(file, Optional.of(checksum(bytes)), Optional.empty()));
        return outline;
    }

    /**
     * The words of the texts of a notice this build holds outlined as a store kept it, as
     * {@code SearchWords.ofTexts} finds them; empty for a notice held whole or read from its file.
     */
    public Optional<String> textWords(Notice notice) {
        return Optional.ofNullable(outlined.get(notice)).flatMap(Outlined::kept).map(NoticeStore.Kept::textWords);
    }

    /**
     * The whole notice of one this build holds: itself, the store's record of it, or its file
     * read again; empty, with an error in {@code problems}, when the file changed since it was checked.
     */
    public Optional<Notice> whole(Notice notice, Problems problems) {
        Outlined held = outlined.get(notice);
        if (held == null) {
            return Optional.of(notice);
        }
        Optional<Notice> kept = held.kept().flatMap(record -> record.whole().get());
        if (kept.isPresent()) {
            return kept;
        }
        Problems found = new Problems();
        Optional<Notice> again = folder.noticeBytes(held.file(), found)
                .filter(bytes -> held.checksum().stream().allMatch(checksum -> checksum(bytes) == checksum)
                        && held.kept().stream().allMatch(record -> record.contentHash().equals(contentHash(bytes))))
                .flatMap(bytes -> folder.bindNotice(held.file(), bytes, organizationLanguage, vocabularies, found))
                .filter(bound -> bound.complete() && !found.hasErrors())
                .map(NoticeBinder.Bound::notice);
        if (again.isEmpty()) {
            problems.error(Location.ofFile(folder.display(held.file())), "the file changed while the site was"
                    + " built; build again");
        }
        return again;
    }

    private static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue() << 32 | (bytes.length & 0xFFFFFFFFL);
    }
}
