package org.vacancypress.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.vacancypress.core.render.site.Logo;

/**
 * The organization's SVG logo as every PDF takes it, drawn by an earlier build and kept beside
 * the site ({@code .site.logo} for a folder {@code site}): a build from the command line that
 * renders a PDF then loads neither Batik nor Java's 2D graphics to draw it again.
 *
 * <p>The file is the header line, the key of what the drawing was made from, the drawing's
 * SHA-256, then the drawing: a file whose key or checksum does not match is no drawing. It is
 * written whole by a move over the last one; a drawing that cannot be written is drawn again by
 * the next build, which is all its loss costs.
 */
final class KeptLogoDrawing {

    private static final String HEADER = "vacancy-press logo drawing 1";

    private final Optional<Path> file;

    /** @param file where the drawing is kept; none when the site's folder has no name */
    KeptLogoDrawing(Optional<Path> file) {
        this.file = file;
    }

    /** The drawing kept under {@code key}; empty when none is, or the file is not whole. */
    Optional<byte[]> read(String key) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.get());
        } catch (IOException e) {
            return Optional.empty();
        }
        String head = HEADER + "\n" + key + "\n";
        byte[] expected = head.getBytes(StandardCharsets.US_ASCII);
        int checksumEnd = expected.length + 65;
        if (content.length < checksumEnd || !Arrays.equals(content, 0, expected.length, expected, 0, expected.length)
                || content[checksumEnd - 1] != '\n') {
            return Optional.empty();
        }
        byte[] drawing = Arrays.copyOfRange(content, checksumEnd, content.length);
        String checksum = new String(content, expected.length, 64, StandardCharsets.US_ASCII);
        return checksum.equals(sha256(drawing)) ? Optional.of(drawing) : Optional.empty();
    }

    /** Keeps {@code drawing} under {@code key} for the next build. */
    void write(String key, byte[] drawing) {
        if (file.isEmpty()) {
            return;
        }
        byte[] head = (HEADER + "\n" + key + "\n" + sha256(drawing) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] content = Arrays.copyOf(head, head.length + drawing.length);
        System.arraycopy(drawing, 0, content, head.length, drawing.length);
        Path partial = file.get().resolveSibling(file.get().getFileName() + ".partial");
        try {
            Files.write(partial, content);
            Files.move(partial, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache: the next build draws the logo again; a partial file cut short would be taken for the user's.
            try {
                Files.deleteIfExists(partial);
            } catch (IOException left) {
                // The guard names it to the user.
            }
        }
    }

    /**
     * What a drawing is made from: the logo, the template folder its page is read against, and
     * the build's shared inputs (the generator's code and the JDK among them).
     */
    static String key(String sharedInputs, Optional<Path> templateDirectory, Logo logo) {
        MessageDigest digest = digest();
        for (byte[] input : new byte[][] {sharedInputs.getBytes(StandardCharsets.UTF_8),
                templateDirectory.map(Path::toString).orElse("").getBytes(StandardCharsets.UTF_8),
                logo.file().getBytes(StandardCharsets.UTF_8), logo.content()}) {
            // Each with its length, so that no two lists of inputs hash alike.
            digest.update((input.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(input);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
