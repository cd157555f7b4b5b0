package org.vacancypress.core.validate;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A TrueType font's Unicode character map (its {@code cmap} table, format 12 or 4), read from
 * the font's bytes alone: which characters the font has a glyph for. Read here rather than
 * with the PDF library's font parser, which a build that renders no PDF would load (some 60
 * classes, and the whole font parsed: a fifth of a second in a fresh JVM) to check one notice.
 */
final class CharacterMap {

    private final ByteBuffer font;
    /** Where the subtable starts in the font, and its format (4 or 12). */
    private final int table;
    private final int format;

    private CharacterMap(ByteBuffer font, int table, int format) {
        this.font = font;
        this.table = table;
        this.format = format;
    }

    /**
     * The font's Unicode map, as PDF renderers choose it: the full repertoire (platform 3,
     * encoding 10, or Unicode's own platform 0, encoding 4) before the Basic Multilingual Plane
     * (3/1, 0/3).
     *
     * @throws IOException when the font has no Unicode map of format 4 or 12
     */
    static CharacterMap of(ByteBuffer font) throws IOException {
        int[][] preferred = {{3, 10}, {0, 4}, {3, 1}, {0, 3}};
        for (int[] wanted : preferred) {
            CharacterMap map = of(font, wanted[0], wanted[1]);
            if (map != null) {
                return map;
            }
        }
        throw new IOException("the font has no Unicode character map of format 4 or 12");
    }

    /** The font's map for one platform and encoding; null when it has none of format 4 or 12. */
    static CharacterMap of(ByteBuffer font, int platform, int encoding) throws IOException {
        int tables = font.getShort(4) & 0xFFFF;
        int cmap = -1;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font.getInt(record) == ('c' << 24 | 'm' << 16 | 'a' << 8 | 'p')) {
                cmap = font.getInt(record + 8);
            }
        }
        if (cmap < 0) {
            throw new IOException("the font has no character map");
        }
        int subtables = font.getShort(cmap + 2) & 0xFFFF;
        for (int i = 0; i < subtables; i++) {
            int record = cmap + 4 + 8 * i;
            if ((font.getShort(record) & 0xFFFF) == platform && (font.getShort(record + 2) & 0xFFFF) == encoding) {
                int table = cmap + font.getInt(record + 4);
                int format = font.getShort(table) & 0xFFFF;
                if (format == 4 || format == 12) {
                    return new CharacterMap(font, table, format);
                }
            }
        }
        return null;
    }

    /** Whether the font maps {@code codePoint} to a glyph other than the missing glyph's (0). */
    boolean hasGlyph(int codePoint) {
        return glyph(codePoint) > 0;
    }

    private int glyph(int codePoint) {
        return format == 12 ? glyphInGroups(codePoint) : codePoint > 0xFFFF ? 0 : glyphInSegments(codePoint);
    }

    /** Format 12: groups of consecutive characters and glyphs, sorted by their first character. */
    private int glyphInGroups(int codePoint) {
        int low = 0;
        int high = font.getInt(table + 12) - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int group = table + 16 + 12 * middle;
            if (codePoint < font.getInt(group)) {
                high = middle - 1;
            } else if (codePoint > font.getInt(group + 4)) {
                low = middle + 1;
            } else {
                return font.getInt(group + 8) + codePoint - font.getInt(group);
            }
        }
        return 0;
    }

    /** Format 4: segments of the Basic Multilingual Plane, sorted by their last character. */
    private int glyphInSegments(int codePoint) {
        int segments = (font.getShort(table + 6) & 0xFFFF) / 2;
        int ends = table + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int low = 0;
        int high = segments - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if ((font.getShort(ends + 2 * middle) & 0xFFFF) < codePoint) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int start = font.getShort(starts + 2 * low) & 0xFFFF;
        if ((font.getShort(ends + 2 * low) & 0xFFFF) < codePoint || start > codePoint) {
            return 0;
        }
        int delta = font.getShort(deltas + 2 * low);
        int rangeOffset = font.getShort(rangeOffsets + 2 * low) & 0xFFFF;
        if (rangeOffset == 0) {
            return (codePoint + delta) & 0xFFFF;
        }
        int glyph = font.getShort(rangeOffsets + 2 * low + rangeOffset + 2 * (codePoint - start)) & 0xFFFF;
        return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
    }
}
