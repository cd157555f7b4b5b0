package org.vacancypress.core.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON the site embeds in its pages stays data: nothing in a value can end the script holding it. */
class JsonTest {

    @Test
    void aValueCannotCloseOrCommentTheScriptThatHoldsIt() {
        assertEquals("\"<\\/script><script>alert(1)<\\/script> \\u003c!-- -->\"",
                Json.write("</script><script>alert(1)</script> <!-- -->"));
    }

    @Test
    void controlCharactersAndLineSeparatorsAreEscaped() {
        assertEquals("\"a\\nb\\t\\\"c\\\\ \\u2028\\u0001\"", Json.write("a\nb\t\"c\\ \u2028\u0001"));
    }

    @Test
    void objectsKeepTheirKeysInTheOrderGiven() {
        assertEquals("{\"z\":1,\"a\":[true,null,\"x\"]}", Json.write(Json.object("z", 1, "a", java.util.Arrays.asList(true, null, "x"))));
    }

    @Test
    void anObjectWithoutAFixedKeyOrderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("a", 1, "b", 2)));
        assertEquals("[]", Json.write(List.of()));
    }
}
