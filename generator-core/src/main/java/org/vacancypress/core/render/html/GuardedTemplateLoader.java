package org.vacancypress.core.render.html;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads templates through another loader and refuses those that use the built-ins able to
 * escape the sandbox: {@code ?new} and {@code ?api} reach Java, {@code ?eval} and
 * {@code ?interpret} would run notice text as template code. The configuration disables the
 * first two as well; refusing them here names the template, line and column.
 */
final class GuardedTemplateLoader implements TemplateLoader {

    /** The built-in may be preceded by blanks and comments: "?<#-- -->eval" is still ?eval. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\?(?:\\s|<#--.*?-->|\\[#--.*?--])*(new|api|eval|interpret)\\b", Pattern.DOTALL);

    /** A template refused for a built-in it uses. */
    static final class ForbiddenBuiltIn extends IOException {
        private static final long serialVersionUID = 1L;
        final String templateName;
        final int line;
        final int column;

        ForbiddenBuiltIn(String templateName, String builtIn, int line, int column) {
            super("?" + builtIn + " is not allowed in templates: it could run code or notice text as a template");
            this.templateName = templateName;
            this.line = line;
            this.column = column;
        }
    }

    /** A template in the organization's folder that is a link to a file outside it. */
    static final class LinkOutside extends IOException {
        private static final long serialVersionUID = 1L;
        final String templateName;

        LinkOutside(String templateName, String target) {
            super("the template is a link to " + target + ", outside the template folder; copy that file into the"
                    + " folder instead");
            this.templateName = templateName;
        }
    }

    private record Source(String name, Object delegate) {
    }

    private final TemplateLoader delegate;
    private final Optional<Path> templateDirectory;

    /** @param templateDirectory the organization's folder the delegate reads first, if any */
    GuardedTemplateLoader(TemplateLoader delegate, Optional<Path> templateDirectory) {
        this.delegate = delegate;
        this.templateDirectory = templateDirectory;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object source;
        try {
            source = delegate.findTemplateSource(name);
        } catch (SecurityException e) {
            // FileTemplateLoader refuses a link out of its folder with a message naming its own paths.
            throw new LinkOutside(name, target(name).orElse(e.getMessage()));
        }
        return source == null ? null : new Source(name, source);
    }

    private Optional<String> target(String name) {
        try {
            return templateDirectory.isEmpty() ? Optional.empty()
                    : Optional.of(templateDirectory.get().resolve(name).toRealPath().toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public long getLastModified(Object source) {
        return delegate.getLastModified(((Source) source).delegate());
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Source named = (Source) source;
        String text;
        try (Reader reader = delegate.getReader(named.delegate(), encoding)) {
            StringBuilder content = new StringBuilder();
            char[] buffer = new char[8192];
            for (int read; (read = reader.read(buffer)) > 0; ) {
                content.append(buffer, 0, read);
            }
            text = content.toString();
        }
        Matcher forbidden = FORBIDDEN.matcher(text);
        if (forbidden.find()) {
            String before = text.substring(0, forbidden.start());
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = forbidden.start() - before.lastIndexOf('\n');
            throw new ForbiddenBuiltIn(named.name(), forbidden.group(1), line, column);
        }
        return new StringReader(text);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        delegate.closeTemplateSource(((Source) source).delegate());
    }
}
