package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vacancypress.core.load.NoticeStore;
import org.vacancypress.core.load.ProofreadingFiles;
import org.vacancypress.core.load.SourceFolder;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;

/**
 * Incremental building, all of it: what a build's outputs were made from, so that a build
 * renders only what changed. Three records in one format ({@link RecordFile}): the manifest in
 * the site (each published file with the hash of its inputs), the stamp beside it (the whole
 * build's inputs, its site and its warnings: a build with nothing changed reads no notice), and
 * the notices as read and checked ({@link NoticeCache}: a build reads only the files that changed).
 */
public final class BuildCache {

    /** The manifest's name in the site: a folder holding it is a site the generator published. */
    public static final String MANIFEST = Manifest.FILE;
    /** Changes the hash of every output when the generator itself changes. */
    private static final String VERSION = Optional.ofNullable(BuildCache.class.getPackage().getImplementationVersion())
            .orElse("development");

    /**
     * What every build reads besides the notice files.
     *
     * @param notices the notices folder, with the organization's data files
     * @param displayBase how the build names files
     * @param templates the organization's templates, if any
     * @param defaults the class loader and folder of the default templates
     */
    public record Sources(Path notices, Path displayBase, Optional<Path> templates, ClassLoader defaults,
            String defaultsFolder) {
    }

    /** The last build's outcome, when nothing changed since. */
    public record Unchanged(List<Problem> warnings, int found, int published) {
    }

    private final Path site;
    private final Path stampFile;
    private final Sources sources;
    private final FileHashes files;
    private final String buildSettings;
    private final String shared;
    private final Optional<String> inputs;
    private final Manifest previous;
    private final Manifest next = Manifest.empty();

    private BuildCache(Path site, Sources sources, FileHashes files, String buildSettings, String shared) {
        this.site = site;
        this.stampFile = BuildStamp.fileFor(site);
        this.sources = sources;
        this.files = files;
        this.buildSettings = buildSettings;
        this.shared = shared;
        this.inputs = buildInputs();
        this.previous = Manifest.of(site);
    }

    /**
     * @param files the files' hashes as known from earlier builds of this JVM (the preview server's)
     * @param pageSettings what the request changes on every page (the site's address)
     * @param buildSettings the rest of the request (proofreading or not among it): a build asked
     *     otherwise is never up to date
     * @throws IOException when the organization's data or the templates cannot be read: the build stops
     */
    public static BuildCache open(Path site, Sources sources, FileHashes files, String pageSettings,
            String buildSettings) throws IOException {
        files.readFrom(FileHashes.fileFor(site));
        try {
            return new BuildCache(site, sources, files, buildSettings, sharedInputs(sources, files, pageSettings));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The last build's outcome, when its stamp says the site it published is what these inputs
     * give now.
     *
     * @param now the moment notices are judged at, in a time zone
     */
    public Optional<Unchanged> unchanged(Function<ZoneId, Instant> now) {
        Optional<Unchanged> unchanged = inputs.flatMap(key -> BuildStamp.read(stampFile)
                .filter(stamp -> stamp.holds(key, now.apply(stamp.zone()), site))
                .map(stamp -> new Unchanged(stamp.warnings(), stamp.found(), stamp.published())));
        unchanged.ifPresent(any -> files.writeTo(FileHashes.fileFor(site)));
        return unchanged;
    }

    /**
     * The hash of what every notice's output depends on besides the notice: the generator, the
     * organization's data files, the templates, the site's address.
     */
    public String sharedInputs() {
        return shared;
    }

    /**
     * The notices as earlier builds read and checked them, from {@code memory} when it holds
     * this site's, else from the file beside the site; valid while the shared inputs, the
     * folders and what the notices were checked with are the same.
     *
     * @param checker what checks the notices besides the generator: the proofreader and its
     *     version, or none; the organization's proofreading data is read here
     */
    public NoticeStore notices(NoticeCache memory, String checker) {
        Fingerprint hash = new Fingerprint(files).add(shared).add(checker)
                .add(sources.notices().toAbsolutePath().normalize().toString())
                .add(sources.displayBase().toAbsolutePath().normalize().toString());
        try {
            addProofreadingData(hash);
        } catch (IOException e) {
            // Read again, and reported, by the proofreading itself: this build keeps nothing for the next.
            return NoticeStore.NONE;
        }
        return memory.open(NoticeCache.fileFor(site), hash.hex(), files);
    }

    /**
     * The hash of one notice's inputs: the shared ones, its file, whether it is still open, and
     * the pages of the same vacancy in other languages, which its page links.
     */
    public String noticeHash(Optional<Path> source, boolean open, List<String> linkedPages) {
        Fingerprint hash = new Fingerprint(files).add(shared).add(String.valueOf(open));
        linkedPages.forEach(hash::add);
        source.ifPresent(hash::addFileUnchecked);
        return hash.hex();
    }

    /** A page's hash: its notice's, and its PDF's size, which its download link shows. */
    public String pageHash(String noticeHash, Optional<String> pdfSize) {
        return new Fingerprint().add(noticeHash).add(pdfSize.orElse("no PDF")).hex();
    }

    /** The hash of one of the site's own files (a list, a feed): the shared inputs, and the hash of its bytes. */
    public String siteFileHash(String contentHash) {
        return new Fingerprint().add(shared).add(contentHash).hex();
    }

    /** Whether {@code file} of the published site was rendered from inputs hashing {@code hash}. */
    public boolean upToDate(String file, String hash) {
        return previous.hash(file).filter(hash::equals).isPresent() && Files.isRegularFile(site.resolve(file));
    }

    /** A file this build publishes, rendered (or kept) from inputs hashing {@code hash}. */
    public void published(String file, String hash) {
        next.put(file, hash);
    }

    /** A file this build publishes that is rendered on every build. */
    public void publishedEveryTime(String file) {
        next.put(file, Manifest.NOT_REUSABLE);
    }

    /**
     * Whether a file of the previous site stays in the new one: a file the previous build did not
     * publish is someone else's and stays (out of the manifest); one of ours stays when
     * {@code wanted}, still listed.
     */
    public boolean carriesOver(String existing, Predicate<String> wanted) {
        if (existing.equals(Manifest.FILE)) {
            return false;
        }
        Optional<String> ours = previous.hash(existing);
        boolean kept = ours.isEmpty() || wanted.test(existing);
        if (kept) {
            ours.ifPresent(hash -> next.put(existing, hash));
        }
        return kept;
    }

    /** The manifest of the site this build publishes. */
    public byte[] manifest() {
        return next.bytes();
    }

    /** Removes the stamp before the site changes: a stamp must never describe another site. */
    public void forget() throws IOException {
        Files.deleteIfExists(stampFile);
    }

    /**
     * Keeps what the published site was built from. Not when a file was saved while the build
     * read the others (the site may mix both versions); a stamp not written costs the next
     * build its shortcut, nothing more.
     */
    public void stamp(ZoneId zone, Instant builtAt, Instant validUntil, int found, int published,
            List<Problem> warnings) {
        Optional<String> stillTheInputs = inputs.filter(key -> buildInputs().equals(Optional.of(key)));
        Optional<Map<String, String>> siteFiles = BuildStamp.snapshot(site);
        if (stillTheInputs.isEmpty() || siteFiles.isEmpty()) {
            return;
        }
        files.writeTo(FileHashes.fileFor(site));
        try {
            new BuildStamp(stillTheInputs.get(), zone, builtAt, validUntil, found, published, siteFiles.get(), warnings)
                    .write(stampFile);
        } catch (IOException e) {
            try {
                forget();
            } catch (IOException ignored) {
                // Deleted before the swap already: no stale stamp can remain.
            }
        }
    }

    /**
     * The hash of all a publishing build reads and is asked: the shared inputs, the request and
     * every notice file (exactly those the build reads). Empty when a file cannot be read: the
     * build then reads everything and reports what it cannot.
     */
    private Optional<String> buildInputs() {
        try {
            Fingerprint hash = new Fingerprint(files).add(shared).add(buildSettings)
                    .add(sources.notices().toAbsolutePath().normalize().toString())
                    .add(sources.displayBase().toAbsolutePath().normalize().toString());
            for (Path notice : new SourceFolder(sources.notices(), sources.displayBase()).noticeFiles(new Problems())) {
                hash.addFile(notice);
            }
            // Proofreading's data changes warnings, never pages: the stamp, which replays warnings, reads it.
            return Optional.of(addProofreadingData(hash).hex());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The organization's proofreading data: its words and rules change the warnings of every notice. */
    private Fingerprint addProofreadingData(Fingerprint hash) throws IOException {
        hash.addFile(sources.notices().resolve(ProofreadingFiles.DICTIONARY))
                .addFile(sources.notices().resolve(ProofreadingFiles.SETTINGS));
        for (Language language : Language.values()) {
            hash.addFile(sources.notices().resolve(ProofreadingFiles.dictionary(language)));
        }
        return hash;
    }

    /**
     * What every notice's output depends on besides the notice: the generator, the organization's
     * data files, the templates (the organization's and the defaults).
     */
    private static String sharedInputs(Sources sources, FileHashes files, String pageSettings) throws IOException {
        Path notices = sources.notices();
        // The JDK's locale data names countries and writes dates: a new JDK may change them.
        // The generator's own code: a snapshot version keeps its number from one build of it to the next.
        Fingerprint hash = CodeHash.add(new Fingerprint(files).add(VERSION), BuildCache.class).add(Runtime.version().toString())
                .add(pageSettings)
                .addFile(notices.resolve(SourceFolder.ORGANIZATION_FILE))
                .addFile(notices.resolve(SourceFolder.MEMBER_STATES_FILE))
                .addFile(notices.resolve(SourceFolder.COMPETENCIES_FILE))
                .addFile(notices.resolve(SourceFolder.SALARY_SCALES_FILE));
        for (String logo : SourceFolder.LOGO_FILES) {
            hash.addFile(notices.resolve(logo));
        }
        for (Language language : Language.values()) {
            hash.addFile(notices.resolve(SourceFolder.translationFile(language)));
        }
        hash.addResources(sources.defaults(), sources.defaultsFolder());
        if (sources.templates().isPresent()) {
            hash.addFolder(sources.templates().get());
        }
        return hash.hex();
    }

}
