package org.vacancypress.core.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The texts of the real notices and organizations' data, for proving a scan equal to its definition. */
final class RealTexts {

    private RealTexts() {
    }

    /**
     * Every line and every string value (each list item, the multi-line ones whole) of the YAML
     * files in notices/ and examples/.
     */
    static List<String> all() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(Path.of("..", "notices"), Path.of("..", "examples"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    texts.addAll(Files.readAllLines(file));
                    strings(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file)), texts);
                }
            }
        }
        return texts;
    }

    private static void strings(Object yaml, List<String> found) {
        if (yaml instanceof String text) {
            found.add(text);
        } else if (yaml instanceof Map<?, ?> map) {
            map.values().forEach(value -> strings(value, found));
        } else if (yaml instanceof Collection<?> values) {
            values.forEach(value -> strings(value, found));
        }
    }
}
