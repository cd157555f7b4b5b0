package org.vacancypress.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A SHA-256 over the inputs of a rendering: files, folders, resources and plain values. */
final class Fingerprint {

    private final MessageDigest digest;
    private final FileHashes files;

    /** A fingerprint whose files are read now. */
    Fingerprint() {
        this(new FileHashes());
    }

    /** A fingerprint whose files are read when {@code files} does not know them as they are. */
    Fingerprint(FileHashes files) {
        this.files = files;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Fingerprint add(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return add(bytes);
    }

    Fingerprint add(byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /**
     * A file's content, by its own hash (a file need not fit in memory); a missing file counts
     * as a marker, so that creating it changes the hash.
     */
    Fingerprint addFile(Path file) throws IOException {
        return addFile(file, files.of(file));
    }

    /** As {@link #addFile(Path)}, with the hash of the file's content already taken. */
    Fingerprint addFile(Path file, Optional<byte[]> content) {
        add(file.getFileName().toString());
        return content.isPresent() ? add(content.get()) : add("(none)");
    }

    /**
     * Every file of a folder, by relative path, in name order. Links are followed, as the
     * template loader follows them: a folder that is a link hashes the files it leads to.
     */
    Fingerprint addFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return add("(no folder)");
        }
        Path real = folder.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(real, FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            add(real.relativize(file).toString().replace('\\', '/'));
            addFile(file);
        }
        return this;
    }

    /** Every resource under {@code prefix} of the class path entry holding it: a jar (all of it) or a folder. */
    Fingerprint addResources(ClassLoader loader, String prefix) throws IOException {
        URL root = loader.getResource(prefix);
        if (root == null) {
            return add("(no " + prefix + ")");
        }
        try {
            if ("jar".equals(root.getProtocol())) {
                // The whole jar: more than the resources, but read once while it stays as it is.
                return add(prefix).addFile(Path.of(((JarURLConnection) root.openConnection()).getJarFileURL().toURI()));
            }
            return addFolder(Path.of(root.toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw new IOException("cannot read the resources at " + root, e);
        }
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** As {@link #addFile}, for use where only unchecked exceptions may pass. */
    Fingerprint addFileUnchecked(Path file) {
        try {
            return addFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
