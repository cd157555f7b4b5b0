package org.vacancypress.proofreading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.vacancypress.core.validate.Proofreader.Proof;

/**
 * What LanguageTool found in each text, by a hash of the text and its language, kept in one file
 * between builds: a rebuild does not check unchanged text again. The file's first line holds
 * what the results depend on besides the text (the checker's version, the organization's
 * dictionary and rules); when that changed, the file is not used. It keeps the texts of the last
 * build that checked every notice, and those checked since: it does not grow with every edit
 * for longer than until the notices are all checked again.
 */
final class ProofCache {

    private static final String HEADER = "vacancy-press proofreading 1 ";
    private static final char FIELD = '\u001F';
    private static final char RECORD = '\u001E';

    private final Path file;
    private final String fingerprint;
    private final Map<String, List<Proof>> stored;
    private final Map<String, List<Proof>> used = new ConcurrentHashMap<>();
    private volatile boolean keepUnused;

    private ProofCache(Path file, String fingerprint, Map<String, List<Proof>> stored) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.stored = stored;
    }

    /** The cache in the file, or an empty one when the file is missing, damaged or made under other data. */
    static ProofCache read(Path file, String fingerprint) {
        Map<String, List<Proof>> stored = new ConcurrentHashMap<>();
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (!lines.isEmpty() && lines.get(0).equals(HEADER + fingerprint)) {
                for (String line : lines.subList(1, lines.size())) {
                    int tab = line.indexOf('\t');
                    stored.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? List.of() : proofs(line.substring(tab + 1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            stored.clear();
        }
        return new ProofCache(file, fingerprint, stored);
    }

    static String key(String variant, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(variant.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** What this build or the last one found in the text: a text repeated across notices is checked once. */
    Optional<List<Proof>> get(String key) {
        List<Proof> proofs = used.get(key);
        if (proofs == null) {
            proofs = stored.get(key);
            if (proofs != null) {
                used.put(key, proofs);
            }
        }
        return Optional.ofNullable(proofs);
    }

    void put(String key, List<Proof> proofs) {
        used.put(key, List.copyOf(proofs));
    }

    /** Keeps the results this build did not use, with those it did: their notices were not checked again. */
    void keepUnused() {
        keepUnused = true;
    }

    /** Writes this build's results, sorted so that the same texts give the same file; a failure only costs time. */
    void write() {
        Map<String, List<Proof>> written = new TreeMap<>(used);
        if (keepUnused) {
            stored.forEach(written::putIfAbsent);
        }
        if (written.keySet().equals(stored.keySet())) {
            return;
        }
        StringBuilder out = new StringBuilder(HEADER).append(fingerprint).append('\n');
        written.forEach((key, proofs) -> {
            out.append(key);
            if (!proofs.isEmpty()) {
                out.append('\t');
                List<String> records = new ArrayList<>();
                for (Proof proof : proofs) {
                    records.add(String.join(String.valueOf(FIELD), String.valueOf(proof.from()),
                            String.valueOf(proof.to()), clean(proof.rule()), String.valueOf(proof.spelling()),
                            clean(proof.message()), String.join("\t", proof.suggestions().stream().map(ProofCache::clean).toList())));
                }
                out.append(String.join(String.valueOf(RECORD), records));
            }
            out.append('\n');
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".proofreading", ".tmp");
            Files.writeString(temporary, out, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The cache saves time only: the next build checks the texts again.
        }
    }

    private static List<Proof> proofs(String line) {
        List<Proof> proofs = new ArrayList<>();
        for (String record : line.split(String.valueOf(RECORD))) {
            String[] fields = record.split(String.valueOf(FIELD), -1);
            List<String> suggestions = fields[5].isEmpty() ? List.of() : Arrays.asList(fields[5].split("\t"));
            proofs.add(new Proof(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), fields[2],
                    Boolean.parseBoolean(fields[3]), fields[4], suggestions));
        }
        return proofs;
    }

    /** The text with the file's separators made spaces: a message never needs them. */
    private static String clean(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').replace(FIELD, ' ').replace(RECORD, ' ');
    }
}
