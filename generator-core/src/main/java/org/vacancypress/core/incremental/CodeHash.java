package org.vacancypress.core.incremental;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hash of the code a class was loaded from, its jar or its folder of classes: code whose
 * version keeps its number from one build of it to the next (a snapshot) still changes it.
 */
public final class CodeHash {

    /** No readable code source (an unusual class loader): each new JVM renders everything again. */
    private static final String UNKNOWN = "unknown code " + System.nanoTime();
    /** The hash of each folder of classes code runs from (tests, an IDE), read once a JVM. */
    private static final ClassValue<String> FOLDERS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            try {
                return new Fingerprint().addFolder(source(type)).hex();
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return UNKNOWN;
            }
        }
    };

    private CodeHash() {
    }

    /** The hash of the code {@code type} was loaded from, its jar read now. */
    public static String of(Class<?> type) {
        return add(new Fingerprint(), type).hex();
    }

    /** Adds the code {@code type} was loaded from: a jar read only when {@code hash}'s files do not know it as it is. */
    static Fingerprint add(Fingerprint hash, Class<?> type) {
        try {
            Path code = source(type);
            return Files.isDirectory(code) ? hash.add(FOLDERS.get(type)) : hash.addFile(code);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return hash.add(UNKNOWN);
        }
    }

    private static Path source(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
