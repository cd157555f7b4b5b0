package org.vacancypress.core.render.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the site's JSON (structured data, the jobs export, the search index) from plain maps,
 * lists, strings, numbers and booleans, with Jackson's streaming generator. The output is safe
 * inside an HTML {@code <script>} element too: no {@code </} or {@code <!} can end or confuse it.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final CharacterEscapes SCRIPT_SAFE = new ScriptSafe();

    private Json() {
    }

    /** An object whose keys keep the order given: the same data always gives the same bytes. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    public static String write(Object value) {
        StringWriter out = new StringWriter();
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the value into {@code out} as it goes: a {@link Stream} in it is an array whose
     * items are made one at a time, so that a list of every notice is never whole in memory.
     * Leaves {@code out} open.
     */
    public static void write(Object value, Writer out) throws IOException {
        ScriptSafeWriter safe = new ScriptSafeWriter(out);
        try (JsonGenerator json = FACTORY.createGenerator(safe)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setCharacterEscapes(SCRIPT_SAFE);
            write(value, json);
        }
        safe.end();
    }

    private static void write(Object value, JsonGenerator json) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            if (map.size() > 1 && !(map instanceof LinkedHashMap<?, ?>)) {
                // Map.of iterates in an order that changes from one JVM to the next.
                throw new IllegalArgumentException("a JSON object needs a fixed key order: " + map.keySet());
            }
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), json);
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(item, json);
            }
            json.writeEndArray();
        } else if (value instanceof Stream<?> items) {
            json.writeStartArray();
            for (Iterator<?> item = items.iterator(); item.hasNext();) {
                write(item.next(), json);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /**
     * Passes the JSON on with {@code </} and {@code <!} escaped: only strings hold {@code <}, so
     * this changes no structure. A {@code <} at the end of a write waits for the next character.
     */
    private static final class ScriptSafeWriter extends Writer {
        private final Writer out;
        private boolean lessThan;

        ScriptSafeWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int from = offset;
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (lessThan) {
                    lessThan = false;
                    out.write(c == '/' ? "<\\" : c == '!' ? "\\u003c" : "<");
                }
                if (c == '<') {
                    out.write(chars, from, i - from);
                    from = i + 1;
                    lessThan = true;
                }
            }
            out.write(chars, from, offset + length - from);
        }

        /** Passes on a {@code <} that ended the JSON (none does: it is always in a string). */
        void end() throws IOException {
            if (lessThan) {
                out.write('<');
                lessThan = false;
            }
            out.flush();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            end();
        }
    }

    /** JSON's own escapes, and the line and paragraph separators, which end a line in older script parsers. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c == '\u2028' || c == '\u2029' ? new SerializedString(String.format("\\u%04x", c)) : null;
        }
    }
}
