package org.vacancypress.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vacancypress.core.load.NoticeBinder;
import org.vacancypress.core.load.YamlLoader;
import org.vacancypress.core.load.YamlNode;
import org.vacancypress.core.model.Keyword;
import org.vacancypress.core.model.Language;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.problem.Problems;
import org.vacancypress.core.validate.LintRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notice format is written three times: the binder (what is accepted), the JSON Schema
 * (what editors check) and NOTICE-FORMAT.md (what people read). This test holds them together,
 * field by field: the same fields in all three, each required by both or neither, each refused
 * by both with a value of another shape.
 */
class NoticeFormatTest {

    static JsonNode schemaJson;
    static JsonSchema schema;
    static String documentation;
    static String example;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Generator.class.getClassLoader().getResourceAsStream(Generator.NOTICE_SCHEMA)) {
            schemaJson = new ObjectMapper().readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaJson);
        documentation = Fixtures.read(Path.of("NOTICE-FORMAT.md"));
        Matcher block = Pattern.compile("## Annotated example.*?```yaml\n(.*?)```", Pattern.DOTALL).matcher(documentation);
        assertTrue(block.find(), "NOTICE-FORMAT.md has an annotated example");
        example = block.group(1);
    }

    @Test
    void theDocumentedExampleIsAcceptedByTheBinder() {
        assertEquals(List.of(), bindingProblems(example));
    }

    @Test
    void theDocumentedExampleMatchesTheSchema() {
        assertEquals(Set.of(), schema.validate(json(example)));
    }

    static List<Path> realNotices() {
        return Fixtures.realNoticeFiles();
    }

    @ParameterizedTest
    @MethodSource("realNotices")
    void everyRealNoticeMatchesTheSchema(Path notice) {
        assertEquals(Set.of(), schema.validate(json(Fixtures.read(notice))));
    }

    @Test
    void theFieldTableTheSchemaAndTheExampleNameTheSameFields() {
        Set<String> inSchema = new TreeSet<>();
        schemaFields(schemaJson, "", inSchema);
        Set<String> inTable = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| (yes|no|with `\\w+`) \\|").matcher(documentation);
        while (row.find()) {
            inTable.add(row.group(1));
        }
        Set<String> inExample = new TreeSet<>();
        exampleFields(parse(example), schemaJson, "", inExample);
        // Of fields a notice gives one of ("not": {"required": [...]}), the example shows one.
        Set<String> shownInExample = new TreeSet<>(inSchema);
        for (List<String> alternatives : List.of(alternatives(schemaJson.at("/not/required"), ""),
                alternatives(schemaJson.at("/properties/contract/not/required"), "contract."))) {
            if (alternatives.stream().anyMatch(inExample::contains)) {
                alternatives.stream().filter(field -> !inExample.contains(field)).forEach(shownInExample::remove);
            }
        }
        assertEquals(inSchema, inTable, "NOTICE-FORMAT.md's field table and notice.schema.json");
        assertEquals(shownInExample, inExample, "NOTICE-FORMAT.md's annotated example and notice.schema.json");
    }

    private static List<String> alternatives(JsonNode required, String prefix) {
        List<String> fields = new ArrayList<>();
        required.forEach(field -> fields.add(prefix + field.asText()));
        return fields;
    }

    @Test
    void theSchemaAndTheBinderAgreeOnWhichTopLevelFieldsAreRequired() {
        Set<String> required = new TreeSet<>();
        schemaJson.get("required").forEach(field -> required.add(field.asText()));
        List<String> disagreements = new ArrayList<>();
        for (String field : names(schemaJson.get("properties"))) {
            String without = Pattern.compile("(?m)^" + field + ":.*\\n(?:[ #].*\\n|\\n)*").matcher(example).replaceAll("");
            boolean binderWantsIt = bindingProblems(without).stream()
                    .anyMatch(p -> p.message().equals("missing required field '" + field + "'"));
            boolean schemaWantsIt = !schema.validate(json(without)).isEmpty();
            if (binderWantsIt != required.contains(field) || schemaWantsIt != required.contains(field)) {
                disagreements.add(field);
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void theSchemaAndTheBinderAgreeOnTheKeywords() {
        Map<String, Class<? extends Keyword>> keywords = Map.of("/properties/language/enum", Language.class);
        keywords.forEach((pointer, type) -> {
            List<String> inSchema = StreamSupport.stream(schemaJson.at(pointer).spliterator(), false)
                    .map(JsonNode::asText).toList();
            List<String> inJava = Arrays.stream(type.getEnumConstants()).map(Keyword::id).toList();
            assertEquals(inJava, inSchema, pointer);
            inJava.forEach(word -> assertTrue(documentation.contains("`" + word + "`"), word + " is documented"));
        });
    }

    /**
     * The values of the vocabularies are the organization's: the schema beside any
     * organization's notices takes any id and leaves the check to the binder, and the format
     * documents the default ones.
     */
    @Test
    void theVocabulariesAreTheOrganizationsNotTheSchemas() throws IOException {
        List<String> pointers = List.of("/properties/vacancyType", "/properties/staffCategory",
                "/properties/contract/properties/type", "/properties/eligibility/properties/firstTier/items");
        String defaults;
        try (InputStream in = Generator.class.getResourceAsStream("/org/vacancypress/core/vocabularies.yaml")) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String pointer : pointers) {
            assertTrue(schemaJson.at(pointer + "/enum").isMissingNode(), pointer + " lists no values");
            assertEquals("string", schemaJson.at(pointer + "/type").asText(), pointer);
        }
        Matcher id = Pattern.compile("(?m)^  - id: (\\S+)$").matcher(defaults);
        int ids = 0;
        while (id.find()) {
            ids++;
            assertTrue(documentation.contains("`" + id.group(1) + "`"), id.group(1) + " (a default value) is documented");
        }
        assertTrue(ids > 10, "the default vocabularies are read");
        assertTrue(bindingProblems(example.replace("\nvacancyType: ", "\nvacancyType: Vacancy ")).stream()
                .anyMatch(p -> p.message().contains("vacancyType")), "an id is lower-case words and dashes");
    }

    @Test
    void everyLintRuleIsInTheSchemaAndDocumentedWithItsDocLine() {
        List<String> inSchema = StreamSupport.stream(schemaJson.at("/properties/suppressWarnings/propertyNames/enum")
                .spliterator(), false).map(JsonNode::asText).toList();
        assertEquals(Arrays.stream(LintRule.values()).map(LintRule::id).toList(), inSchema);
        for (LintRule rule : LintRule.values()) {
            assertTrue(documentation.contains("| `" + rule.id() + "` | " + rule.doc() + " |"),
                    rule.id() + " is in the Warnings table with its doc line");
        }
    }

    @Test
    void anUnknownKeyIsRefusedByBothTheSchemaAndTheBinder() {
        String misspelt = example.replace("\ntitle: ", "\ntitel: ");
        assertFalse(schema.validate(json(misspelt)).isEmpty());
        assertTrue(bindingProblems(misspelt).stream().anyMatch(p -> p.message().startsWith("unknown key 'titel'")));
    }

    /**
     * Every field of the annotated example (which names every field of the schema), as a JSON
     * pointer: "/contract/type", "/responsibilities/1/group".
     */
    static List<String> exampleFields() {
        List<String> pointers = new ArrayList<>();
        pointers(json(example), "", pointers);
        return pointers;
    }

    private static void pointers(JsonNode node, String at, List<String> pointers) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                pointers.add(at + "/" + name);
                pointers(node.get(name), at + "/" + name, pointers);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isObject()) {
                    pointers(node.get(i), at + "/" + i, pointers);
                }
            }
        }
    }

    /** The example with the field at {@code pointer} changed by {@code change} (given its parent and name). */
    private static JsonNode exampleWith(String pointer, java.util.function.BiConsumer<ObjectNode, String> change) {
        JsonNode copy = json(example).deepCopy();
        int last = pointer.lastIndexOf('/');
        change.accept((ObjectNode) copy.at(pointer.substring(0, last)), pointer.substring(last + 1));
        return copy;
    }

    @ParameterizedTest
    @MethodSource("exampleFields")
    void theSchemaAndTheBinderAgreeWhetherEachFieldIsRequired(String pointer) {
        JsonNode without = exampleWith(pointer, ObjectNode::remove);
        boolean schemaRequires = !schema.validate(without).isEmpty();
        // JSON is YAML: the binder reads the same tree.
        boolean binderRequires = bindingProblems(without.toString()).stream()
                .anyMatch(p -> p.message().startsWith("missing required field"));
        assertEquals(schemaRequires, binderRequires, pointer + " required by the schema / the binder");
    }

    @ParameterizedTest
    @MethodSource("exampleFields")
    void theSchemaAndTheBinderRefuseEachFieldWithAValueOfAnotherShape(String pointer) {
        JsonNode changed = exampleWith(pointer, (parent, name) -> {
            JsonNode value = parent.get(name);
            parent.set(name, value.isContainerNode() ? JsonNodeFactory.instance.textNode("text")
                    : JsonNodeFactory.instance.objectNode().put("key", "text"));
        });
        assertFalse(schema.validate(changed).isEmpty(), pointer + " of another shape passes the schema");
        assertFalse(bindingProblems(changed.toString()).isEmpty(), pointer + " of another shape passes the binder");
    }

    private static List<Problem> bindingProblems(String yaml) {
        Problems problems = new Problems();
        // Any value of the vocabularies: which exist is the organization's data, not the format.
        NoticeBinder.bind(parse(yaml), "example", "example.yaml", Optional.empty(), Language.EN, Optional.empty(),
                problems);
        return problems.list();
    }

    private static YamlNode parse(String yaml) {
        Problems problems = new Problems();
        return YamlLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "example.yaml", problems)
                .orElseThrow(() -> new AssertionError(problems.list()));
    }

    /** The tree as a YAML 1.2 language server sees it: plain true/false and digits are typed. */
    private static JsonNode json(String yaml) {
        return json(parse(yaml));
    }

    private static JsonNode json(YamlNode node) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        if (node instanceof YamlNode.Mapping mapping) {
            ObjectNode object = factory.objectNode();
            mapping.entries().forEach(entry -> object.set(entry.key().value(), json(entry.value())));
            return object;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            ArrayNode array = factory.arrayNode();
            sequence.items().forEach(item -> array.add(json(item)));
            return array;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        if (scalar.isNull()) {
            return factory.nullNode();
        }
        if (scalar.value().equals("true") || scalar.value().equals("false")) {
            return factory.booleanNode(Boolean.parseBoolean(scalar.value()));
        }
        return scalar.value().matches("-?\\d{1,9}") ? factory.numberNode(Integer.parseInt(scalar.value()))
                : factory.textNode(scalar.value());
    }

    private static void schemaFields(JsonNode node, String prefix, Set<String> fields) {
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (String name : names(properties)) {
                fields.add(prefix + name);
                schemaFields(properties.get(name), prefix + name + ".", fields);
            }
        }
        JsonNode items = node.get("items");
        if (items != null && items.has("anyOf")) {
            for (JsonNode alternative : items.get("anyOf")) {
                schemaFields(alternative, prefix.substring(0, prefix.length() - 1) + "[].", fields);
            }
        }
    }

    /** The example's field paths; keys of a mapping the schema leaves open (rule ids) are data, not fields. */
    private static void exampleFields(YamlNode node, JsonNode schemaNode, String prefix, Set<String> fields) {
        if (node instanceof YamlNode.Mapping mapping && schemaNode.has("properties")) {
            for (YamlNode.Entry entry : mapping.entries()) {
                fields.add(prefix + entry.key().value());
                exampleFields(entry.value(), schemaNode.get("properties").path(entry.key().value()),
                        prefix + entry.key().value() + ".", fields);
            }
        } else if (node instanceof YamlNode.Sequence sequence && schemaNode.has("items")) {
            for (YamlNode item : sequence.items()) {
                JsonNode items = schemaNode.get("items");
                JsonNode alternative = items.has("anyOf") && item instanceof YamlNode.Mapping
                        ? items.get("anyOf").get(1) : items;
                exampleFields(item, alternative, prefix.substring(0, prefix.length() - 1) + "[].", fields);
            }
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
