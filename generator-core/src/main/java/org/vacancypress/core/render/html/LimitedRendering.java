package org.vacancypress.core.render.html;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Runs one template within {@link TemplateLimits}, and knows where it is: FreeMarker reports
 * every instruction it enters to a tracer, which checks the clock there and keeps the place,
 * so that a loop without end, too much output or calls nested without end are each an error
 * on the template and line that ran away.
 */
final class LimitedRendering {

    /**
     * How many instructions may run inside one another: the default templates reach 15; a
     * macro calling itself without end reaches this long before even a 256 KiB stack overflows
     * (at about 350). A stack overflow below it comes from the text a template prints, deeply
     * nested Markdown say, and is the notice's mistake.
     */
    private static final int MAX_DEPTH = 200;
    private static final String LOOPS_TRACED = LimitedRendering.class.getName() + ".loopsTraced";

    /** Where a template was: its name as FreeMarker knows it, line and column. */
    record Place(String template, int line, int column) {
    }

    /** A limit crossed, with the place the template was at then. */
    static final class LimitExceeded extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Optional<Place> place;

        LimitExceeded(String message, Optional<Place> place) {
            super(message, null, false, false);
            this.place = place;
        }
    }

    private final TemplateLimits limits;

    LimitedRendering(TemplateLimits limits) {
        this.limits = limits;
    }

    /**
     * The template, with an instruction added to each loop's body, so that a loop with an empty
     * body still reaches the tracer every turn. FreeMarker's own (internal, but public) way of
     * making loops interruptible adds exactly that; done once per template.
     */
    static Template loopsTraced(Template template) {
        synchronized (template) {
            if (template.getCustomAttribute(LOOPS_TRACED) == null) {
                _CoreAPI.addThreadInterruptedChecks(template);
                template.setCustomAttribute(LOOPS_TRACED, Boolean.TRUE);
            }
        }
        return template;
    }

    /**
     * Writes what the template makes of {@code model} into {@code sink} as it goes, unless it
     * crosses a limit; the characters written count against the output limit.
     *
     * @throws UncheckedIOException when {@code sink} cannot be written (a full disk): the build's
     *     failure, not the template's
     */
    void render(Template template, Object model, Writer sink) throws TemplateException, IOException, LimitExceeded {
        Tracer tracer = new Tracer(System.nanoTime() + limits.time().toNanos(), "the template ran longer than "
                + limits.time().toSeconds() + " s for one page (a loop without end?); end the loop, or raise"
                + " vacancy.templateTimeLimit");
        LimitedWriter out = new LimitedWriter(limits.outputCharacters(), tracer, sink);
        Environment environment = template.createProcessingEnvironment(model, out);
        environment.setTemplateProcessingTracer(tracer);
        try {
            environment.process();
        } catch (IOException | TemplateException | RuntimeException e) {
            if (out.failed.isPresent()) {
                throw new UncheckedIOException(out.failed.get());
            }
            // The limit's own exception may arrive wrapped, say by a function call: the tracer knows it was crossed.
            if (tracer.limit.isPresent()) {
                throw new LimitExceeded(tracer.limit.get(), tracer.crossed);
            }
            throw e;
        }
    }

    /** A writer of a page into memory, its text its {@code toString()}: unlike {@link java.io.StringWriter}, unsynchronized. */
    static Writer text() {
        return new Text();
    }

    private static final class Text extends Writer {
        private final StringBuilder text = new StringBuilder(1 << 14);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Thrown where a limit is crossed, to stop the template; {@link Tracer} says which and where. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Checks the clock and the depth at each instruction entered, and keeps the instructions being run. */
    private static final class Tracer implements TemplateProcessingTracer {
        private final long deadline;
        private final String timeUp;
        private final Deque<TracedElement> running = new ArrayDeque<>();
        /** The limit crossed, and where: kept before the exception unwinds {@link #running}. */
        private Optional<String> limit = Optional.empty();
        private Optional<Place> crossed = Optional.empty();

        Tracer(long deadline, String timeUp) {
            this.deadline = deadline;
            this.timeUp = timeUp;
        }

        @Override
        public void enterElement(Environment environment, TracedElement element) {
            running.push(element);
            if (running.size() > MAX_DEPTH) {
                // The call that went one level too deep: the same place on every page.
                cross("template error: calls nested more than " + MAX_DEPTH + " deep (a macro or function calling"
                        + " itself without end?)", place(element));
                throw new Stop();
            }
            if (System.nanoTime() - deadline > 0) {
                cross(timeUp, block());
                throw new Stop();
            }
        }

        @Override
        public void exitElement(Environment environment, TracedElement element) {
            running.pop();
        }

        void cross(String message, Optional<Place> place) {
            limit = Optional.of(message);
            crossed = place;
        }

        /**
         * The innermost block running (the loop, not the text it repeats): the same place for
         * every page, so one runaway template is one error.
         */
        Optional<Place> block() {
            return running.stream().filter(element -> !element.isLeaf()).findFirst().flatMap(Tracer::place);
        }

        private static Optional<Place> place(TracedElement element) {
            return element.getTemplate() == null ? Optional.empty() : Optional.of(new Place(
                    element.getTemplate().getSourceName(), element.getBeginLine(), element.getBeginColumn()));
        }
    }

    /** Thrown by the writer, which may throw nothing else; {@link Tracer} says where. */
    private static final class OutputTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final class LimitedWriter extends Writer {
        private final int limit;
        private final Tracer tracer;
        private final Writer sink;
        private long written;
        /** Why the sink could not be written, told apart from the template's own mistakes. */
        private Optional<IOException> failed = Optional.empty();

        LimitedWriter(int limit, Tracer tracer, Writer sink) {
            this.limit = limit;
            this.tracer = tracer;
            this.sink = sink;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            reserve(length);
            pass(() -> sink.write(chars, offset, length));
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            reserve(length);
            pass(() -> sink.write(string, offset, length));
        }

        private interface Write {
            void run() throws IOException;
        }

        private void pass(Write write) throws IOException {
            try {
                write.run();
            } catch (IOException e) {
                failed = Optional.of(e);
                throw e;
            }
        }

        private void reserve(int length) throws OutputTooLarge {
            written += length;
            if (written > limit) {
                tracer.cross("the template wrote more than " + (limit % (1 << 20) == 0 ? (limit >> 20) + " Mi"
                        : String.valueOf(limit)) + " characters for one page (a loop without end?); write less, or"
                        + " raise vacancy.templateOutputLimit", tracer.block());
                throw new OutputTooLarge();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
