package org.vacancypress.core.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vacancypress.core.load.YamlNode.Mapping;
import org.vacancypress.core.load.YamlNode.Scalar;

/**
 * Text pasted from a word processor that YAML reads as something else, and the line that says
 * what was meant: a bullet character instead of "- ", a tab in the indentation, a colon inside
 * a plain value ("- Coordination: lead the response").
 */
final class PasteSlips {

    private static final Pattern BULLET = Pattern.compile("^(\\s*)[•·▪◦●‣∙–—]\\s*(.*)$");
    private static final Pattern LEADING = Pattern.compile("^([ \\t]*)(-?)([ \\t]*)(.*)$");
    /** {@code key: value: more}, or {@code - value: more}: the value holds a colon and a space. */
    private static final Pattern COLON_IN_VALUE = Pattern.compile("^(\\s*(?:- |[^\\s:#\"'-][^:#]*:\\s+))([^\"'\\s\\[{].*:\\s.*)$");

    private PasteSlips() {
    }

    /**
     * What to write instead of line {@code number} (1-based) of {@code lines}, when it is a paste
     * slip; {@code problem} is what the parser said.
     */
    static Optional<String> correction(List<String> lines, int number, String problem) {
        if (number < 1 || number > lines.size()) {
            return Optional.empty();
        }
        String line = lines.get(number - 1);
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            return Optional.of("a '" + line.strip().charAt(0) + "' bullet pasted from a word processor: start the"
                    + " item with '- ' instead: " + bullet.group(1).replace("\t", "  ") + "- " + bullet.group(2));
        }
        Matcher leading = LEADING.matcher(line);
        if (line.indexOf('\t') >= 0 && leading.matches() && (leading.group(1) + leading.group(3)).indexOf('\t') >= 0) {
            String indent = leading.group(1).indexOf('\t') >= 0 ? previousIndent(lines, number) : leading.group(1);
            String dash = leading.group(2).isEmpty() ? "" : "- ";
            return Optional.of("a tab in the indentation (pasted?): YAML indents with spaces; write the line as: "
                    + indent + dash + leading.group(4));
        }
        Matcher colon = COLON_IN_VALUE.matcher(line);
        if (problem.startsWith("mapping values are not allowed") && colon.matches()) {
            return Optional.of("put this line's text in quotes: " + colon.group(1) + quoted(colon.group(2).strip()));
        }
        return Optional.empty();
    }

    /**
     * A list item YAML read as a mapping of one key, all on one line, such as
     * {@code - Coordination: lead the response}: the corrected line.
     */
    static Optional<String> itemRead(YamlNode item) {
        if (item instanceof Mapping mapping && mapping.entries().size() == 1
                && mapping.entries().get(0).value() instanceof Scalar value && !value.isNull()
                && value.location().line() == mapping.location().line()) {
            return Optional.of("put this line in quotes: - " + quoted(mapping.entries().get(0).key().value() + ": "
                    + value.value()));
        }
        return Optional.empty();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String previousIndent(List<String> lines, int number) {
        for (int i = number - 2; i >= 0; i--) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                Matcher leading = LEADING.matcher(line);
                String indent = leading.matches() && leading.group(1).indexOf('\t') < 0 ? leading.group(1) : "";
                // A key opening a block ("dutyStation:") has its fields one step in.
                return line.stripTrailing().endsWith(":") ? indent + "  " : indent;
            }
        }
        return "";
    }
}
