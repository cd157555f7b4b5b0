package org.vacancypress.core.incremental;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vacancypress.core.problem.Location;

/**
 * A record made of records, enums, strings, numbers, dates, paths, optionals, lists, sets and
 * maps by string, to JSON and back by its components' declared types. The file names no class:
 * reading makes only the types the record declares, through their canonical constructors, so
 * their checks run as they do for a notice read from YAML. Any other type is refused. A
 * {@link Location} in the file the value was read from, given to both ways, is kept as its line
 * and column only: a notice names its own file at every field.
 */
final class RecordJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordJson() {
    }

    /** The record's components, in order, and how to make it from them. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return new Shape(components, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("a record without its canonical constructor: " + type, e);
            }
        }
    }

    /** The value as JSON text. */
    static String write(Object value, Type type) throws IOException {
        return write(value, type, "");
    }

    /** The value as JSON text, its locations in {@code file} as line and column. */
    static String write(Object value, Type type, String file) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            write(out, value, type, file);
        }
        return text.toString();
    }

    /** The value of {@code type} in {@code json}; a malformed text or a mismatched one throws. */
    static Object read(String json, Type type) throws IOException {
        return read(json, type, "");
    }

    /** As {@link #read(String, Type)}, for a text written naming {@code file}. */
    static Object read(String json, Type type, String file) throws IOException {
        try (JsonParser in = JSON.createParser(json)) {
            in.nextToken();
            Object value = read(in, type, file);
            if (in.nextToken() != null) {
                throw new IOException("text after the value");
            }
            return value;
        }
    }

    private static void write(JsonGenerator out, Object value, Type type, String file) throws IOException {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            write(out, ((Optional<?>) value).orElse(null), argument(type, 0), file);
        } else if (value == null) {
            out.writeNull();
        } else if (raw == Location.class) {
            Location location = (Location) value;
            out.writeStartArray();
            if (!location.file().equals(file)) {
                out.writeString(location.file());
            }
            out.writeNumber(location.line());
            out.writeNumber(location.column());
            out.writeEndArray();
        } else if (raw == String.class || raw == LocalDate.class || raw == Path.class) {
            out.writeString(value.toString());
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == int.class || raw == Integer.class) {
            out.writeNumber((Integer) value);
        } else if (raw == long.class || raw == Long.class) {
            out.writeNumber((Long) value);
        } else if (raw.isEnum()) {
            out.writeString(((Enum<?>) value).name());
        } else if (raw == List.class || raw == Set.class) {
            out.writeStartArray();
            for (Object item : (Iterable<?>) value) {
                write(out, item, argument(type, 0), file);
            }
            out.writeEndArray();
        } else if (raw == Map.class && argument(type, 0) == String.class) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.writeFieldName((String) entry.getKey());
                write(out, entry.getValue(), argument(type, 1), file);
            }
            out.writeEndObject();
        } else if (raw.isRecord()) {
            out.writeStartObject();
            for (RecordComponent component : SHAPES.get(raw).components()) {
                out.writeFieldName(component.getName());
                write(out, accessed(component, value), component.getGenericType(), file);
            }
            out.writeEndObject();
        } else {
            throw new IllegalArgumentException("cannot keep a " + type.getTypeName());
        }
    }

    private static Object read(JsonParser in, Type type, String file) throws IOException {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return Optional.ofNullable(read(in, argument(type, 0), file));
        }
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (raw.isPrimitive()) {
                throw new IOException("null for a " + raw);
            }
            return null;
        }
        if (raw == Location.class) {
            return location(in, token, file);
        } else if (raw == String.class) {
            return text(in, token);
        } else if (raw == LocalDate.class) {
            return LocalDate.parse(text(in, token));
        } else if (raw == Path.class) {
            return Path.of(text(in, token));
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                throw new IOException("expected true or false, found " + token);
            }
            return token == JsonToken.VALUE_TRUE;
        } else if (raw == int.class || raw == Integer.class) {
            return expect(in, token, JsonToken.VALUE_NUMBER_INT).getIntValue();
        } else if (raw == long.class || raw == Long.class) {
            return expect(in, token, JsonToken.VALUE_NUMBER_INT).getLongValue();
        } else if (raw.isEnum()) {
            return enumConstant(raw, text(in, token));
        } else if (raw == List.class || raw == Set.class) {
            expect(in, token, JsonToken.START_ARRAY);
            List<Object> items = new ArrayList<>();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(in, argument(type, 0), file));
            }
            // As unchangeable as the loader's: the model's records take their collections as given.
            return raw == List.class ? Collections.unmodifiableList(items)
                    : Collections.unmodifiableSet(new LinkedHashSet<>(items));
        } else if (raw == Map.class && argument(type, 0) == String.class) {
            expect(in, token, JsonToken.START_OBJECT);
            Map<String, Object> entries = new LinkedHashMap<>();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String key = in.currentName();
                in.nextToken();
                entries.put(key, read(in, argument(type, 1), file));
            }
            return Collections.unmodifiableMap(entries);
        } else if (raw.isRecord()) {
            return record(in, token, raw, file);
        }
        throw new IllegalArgumentException("cannot keep a " + type.getTypeName());
    }

    /** A record from its components, each present once, in any order. */
    private static Object record(JsonParser in, JsonToken token, Class<?> raw, String file) throws IOException {
        expect(in, token, JsonToken.START_OBJECT);
        Shape shape = SHAPES.get(raw);
        RecordComponent[] components = shape.components();
        Object[] values = new Object[components.length];
        boolean[] given = new boolean[components.length];
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            int index = indexOf(components, name);
            if (index < 0 || given[index]) {
                throw new IOException("unexpected field '" + name + "' of " + raw.getSimpleName());
            }
            in.nextToken();
            values[index] = read(in, components[index].getGenericType(), file);
            given[index] = true;
        }
        for (int i = 0; i < components.length; i++) {
            if (!given[i]) {
                throw new IOException("missing field '" + components[i].getName() + "' of " + raw.getSimpleName());
            }
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IOException("cannot make a " + raw.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A location: line and column, after its file's name when it is not {@code file}. */
    private static Location location(JsonParser in, JsonToken token, String file) throws IOException {
        expect(in, token, JsonToken.START_ARRAY);
        String named = in.nextToken() == JsonToken.VALUE_STRING ? in.getText() : null;
        if (named != null) {
            in.nextToken();
        }
        int line = expect(in, in.currentToken(), JsonToken.VALUE_NUMBER_INT).getIntValue();
        int column = expect(in, in.nextToken(), JsonToken.VALUE_NUMBER_INT).getIntValue();
        expect(in, in.nextToken(), JsonToken.END_ARRAY);
        return new Location(named == null ? file : named, line, column);
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Object accessed(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + component, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) throws IOException {
        try {
            return Enum.valueOf((Class<? extends Enum>) type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("no " + type.getSimpleName() + " " + name, e);
        }
    }

    private static String text(JsonParser in, JsonToken token) throws IOException {
        return expect(in, token, JsonToken.VALUE_STRING).getText();
    }

    private static JsonParser expect(JsonParser in, JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("expected " + expected + ", found " + token);
        }
        return in;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("cannot keep a " + type.getTypeName());
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("cannot keep a raw " + type.getTypeName());
    }
}
