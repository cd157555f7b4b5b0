package org.vacancypress.core.render.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vacancypress.core.problem.Location;
import org.vacancypress.core.problem.Problem;
import org.vacancypress.core.render.markdown.Markdown;
import org.vacancypress.core.render.typography.Typography;

/**
 * Renders pages from FreeMarker templates: the organization's template folder first, then the
 * defaults shipped in the templates jar, so a file of the same name overrides a default.
 *
 * <p>FreeMarker is configured for untrusted templates: {@code ?new} may instantiate nothing
 * (by default it can run shell commands through {@code freemarker.template.utility.Execute}),
 * {@code ?api} is off, and the object wrapper ({@link ViewWrapper}) shows records as read-only
 * values and refuses anything but them, maps, lists, strings, numbers and booleans. Thread-safe
 * once built.
 */
public final class PageRenderer {

    /** Where the default templates and assets live inside the templates jar. */
    public static final String DEFAULTS = "org/vacancypress/templates";

    private final Configuration configuration;
    private final Optional<Path> templateDirectory;
    private final LimitedRendering limited;

    public PageRenderer(Optional<Path> templateDirectory, TemplateLimits limits) throws IOException {
        this.templateDirectory = templateDirectory.map(dir -> dir.toAbsolutePath().normalize());
        this.configuration = configure(this.templateDirectory);
        this.limited = new LimitedRendering(limits);
    }

    private static Configuration configure(Optional<Path> templateDirectory) throws IOException {
        Configuration cfg = new InterruptibleConfiguration();
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templateDirectory.isPresent()) {
            // FileTemplateLoader refuses names resolving outside its folder, symlinks included.
            loaders.add(new FileTemplateLoader(templateDirectory.get().toFile(), false));
        }
        loaders.add(new ClassTemplateLoader(PageRenderer.class.getClassLoader(), DEFAULTS));
        cfg.setTemplateLoader(new GuardedTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)),
                templateDirectory));
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(Locale.ENGLISH);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new ViewWrapper(new Markdown()));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        return cfg;
    }

    /** Every template, the included ones too, is loaded through here: each gets its loops traced. */
    private static final class InterruptibleConfiguration extends Configuration {
        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                    ignoreMissing);
            return template == null ? null : LimitedRendering.loopsTraced(template);
        }
    }

    /** The rendered page, or the template's mistake with its template, line and column. */
    public Rendered render(String templateName, Map<String, Object> model) {
        Writer page = LimitedRendering.text();
        Rendered rendered = process(templateName, model, page);
        return rendered.problem().isPresent() ? rendered
                : new Rendered(Optional.of(Typography.apply(page.toString())), Optional.empty());
    }

    /**
     * Writes the page into {@code out} in UTF-8 as the template makes it, never whole in memory
     * (an archive's list may be tens of megabytes), the typography set as it goes: the same bytes
     * as {@link #render}'s page. Returns the template's mistake, if any; {@code out} is then
     * left part-written, and stays open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public Optional<Problem> write(String templateName, Map<String, Object> model, OutputStream out)
            throws IOException {
        Writer set = Typography.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Optional<Problem> problem = process(templateName, model, set).problem();
        if (problem.isEmpty()) {
            set.close();
        }
        return problem;
    }

    /** Runs the template into {@code out}: a result without the page, or the mistake. */
    private Rendered process(String templateName, Map<String, Object> model, Writer out) {
        try {
            Template template = configuration.getTemplate(templateName);
            limited.render(template, model, out);
            return new Rendered(Optional.empty(), Optional.empty());
        } catch (LimitedRendering.LimitExceeded e) {
            return failed(e.place.map(place -> new Location(display(place.template()), place.line(), place.column()))
                    .orElse(Location.ofFile(display(templateName))), e.getMessage());
        } catch (TemplateNotFoundException e) {
            return failed(Location.ofFile(templateName), "template not found: " + e.getTemplateName());
        } catch (ParseException | GuardedTemplateLoader.ForbiddenBuiltIn | GuardedTemplateLoader.LinkOutside e) {
            return known(e, templateName).orElseThrow();
        } catch (TemplateException e) {
            // A mistake in an included template arrives wrapped in the including one's error.
            Optional<Rendered> included = causedBy(e, templateName);
            if (included.isPresent()) {
                return included.get();
            }
            Location at = e.getLineNumber() == null ? Location.ofFile(display(e.getTemplateSourceName()))
                    : new Location(display(e.getTemplateSourceName()), e.getLineNumber(), e.getColumnNumber());
            String cause = e.getCause() == null || e.getCause().getMessage() == null ? ""
                    : " " + firstLine(e.getCause().getMessage());
            return failed(at, "template error: " + firstLine(e.getMessageWithoutStackTop()) + cause);
        } catch (IOException e) {
            // FreeMarker caches a failed load and throws later callers a plain IOException caused by the first error.
            return causedBy(e, templateName).orElseGet(() ->
                    failed(Location.ofFile(templateName), "cannot read template: " + e.getMessage()));
        }
    }

    /** The first of the template mistakes we can place, among the causes of {@code e}. */
    private Optional<Rendered> causedBy(Throwable e, String templateName) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            Optional<Rendered> known = known(cause, templateName);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /** A syntax error, a refused built-in or a link out of the folder, as a problem with its place. */
    private Optional<Rendered> known(Throwable e, String templateName) {
        if (e instanceof ParseException parse) {
            return Optional.of(syntaxError(parse));
        }
        if (e instanceof GuardedTemplateLoader.ForbiddenBuiltIn refused) {
            return Optional.of(forbidden(refused));
        }
        if (e instanceof GuardedTemplateLoader.LinkOutside link) {
            return Optional.of(failed(Location.ofFile(display(link.templateName)), link.getMessage()));
        }
        return Optional.empty();
    }

    private Rendered forbidden(GuardedTemplateLoader.ForbiddenBuiltIn e) {
        return failed(new Location(display(e.templateName), e.line, e.column), e.getMessage());
    }

    private Rendered syntaxError(ParseException e) {
        return failed(new Location(display(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber()),
                "template syntax: " + e.getEditorMessage());
    }

    /** A static asset (stylesheet, script) from the template folder or the defaults. */
    public byte[] asset(String name) throws IOException {
        if (templateDirectory.isPresent()) {
            Path file = templateDirectory.get().resolve(name).normalize();
            if (file.startsWith(templateDirectory.get()) && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(templateDirectory.get().toRealPath())) {
                return Files.readAllBytes(file);
            }
        }
        try (InputStream in = PageRenderer.class.getClassLoader().getResourceAsStream(DEFAULTS + "/" + name)) {
            if (in == null) {
                throw new NoSuchFileException(name, null, "no such asset in the templates");
            }
            return in.readAllBytes();
        }
    }

    /** How messages name a template or asset: its file in the organization's folder, or the default. */
    public String describe(String name) {
        return display(name);
    }

    private String display(String templateSourceName) {
        if (templateSourceName == null) {
            return "(template)";
        }
        Optional<Path> own = templateDirectory.map(dir -> dir.resolve(templateSourceName)).filter(Files::isRegularFile);
        return Location.printable(own.map(Path::toString).orElse("default template " + templateSourceName));
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }

    private static Rendered failed(Location location, String message) {
        return new Rendered(Optional.empty(), Optional.of(Problem.error(location, message)));
    }

    /** A page, or why it could not be rendered. */
    public record Rendered(Optional<String> html, Optional<Problem> problem) {

        /** Hands the problem, if any, to {@code onProblem}; returns the page, if any. */
        public Optional<String> deliver(Consumer<Problem> onProblem) {
            problem.ifPresent(onProblem);
            return html;
        }
    }
}
