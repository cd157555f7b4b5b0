package org.vacancypress.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.parallel.Workers;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;

/**
 * Every list, set and map in what the load step builds refuses change: the model's records
 * take their collections as loading made them, without copying them again.
 */
public class UnmodifiableRecordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"notices", "examples/acf", "examples/wfp"})
    void everyCollectionLoadedRefusesChange(String folder) throws ReflectiveOperationException {
        Path notices = Path.of("..").resolve(folder).toAbsolutePath().normalize();
        Problems problems = new Problems();
        Loader.Sources sources = new Loader(notices, notices, Loader.memoryForNotices()).load(new Workers(1, message -> { }),
                organization -> (notice, found) -> { }, NoticeStore.NONE, problems);
        assertEquals(List.of(), problems.list().stream().filter(Problem::isError).toList());
        assertTrue(sources.notices().size() > 0);

        List<String> changeable = new ArrayList<>();
        walk(sources.notices(), "notices", changeable);
        for (Map.Entry<Language, OrganizationTranslator.Translated> translated
                : sources.organization().orElseThrow().entrySet()) {
            walk(translated.getValue().organization(), "organization in " + translated.getKey(), changeable);
        }
        assertEquals(List.of(), changeable);
    }

    /** Where {@code root} holds a collection that takes a change: empty for a value built as the model asks. */
    public static List<String> changeable(Object root, String name) throws ReflectiveOperationException {
        List<String> changeable = new ArrayList<>();
        walk(root, name, changeable);
        return changeable;
    }

    /** Records, optionals, lists, sets and maps all the way down; anything else is a value. */
    private static void walk(Object value, String path, List<String> changeable) throws ReflectiveOperationException {
        if (value instanceof Collection<?> collection) {
            refusesChange(() -> addNull(collection), path, changeable);
            int i = 0;
            for (Object item : collection) {
                walk(item, path + "[" + i++ + "]", changeable);
            }
        } else if (value instanceof Map<?, ?> map) {
            refusesChange(() -> putNull(map), path, changeable);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(entry.getValue(), path + "[" + entry.getKey() + "]", changeable);
            }
        } else if (value instanceof Optional<?> optional && optional.isPresent()) {
            walk(optional.get(), path, changeable);
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                component.getAccessor().setAccessible(true);
                walk(component.getAccessor().invoke(value), path + "." + component.getName(), changeable);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void addNull(Collection<?> collection) {
        ((Collection<Object>) collection).add(null);
    }

    @SuppressWarnings("unchecked")
    private static void putNull(Map<?, ?> map) {
        ((Map<Object, Object>) map).put(null, null);
    }

    /** A collection that takes the change, or refuses it for another reason than being unmodifiable, is listed. */
    private static void refusesChange(Runnable change, String path, List<String> changeable) {
        try {
            change.run();
            changeable.add(path);
        } catch (UnsupportedOperationException refused) {
            return;
        } catch (RuntimeException other) {
            changeable.add(path + " (" + other.getClass().getSimpleName() + ")");
        }
    }
}
