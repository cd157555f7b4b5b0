package org.vacancypress.core.render.html;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.vacancypress.core.TemplateLimits;

/**
 * Runs one template within {@link TemplateLimits}, and knows where it is: FreeMarker reports
 * every instruction it enters to a tracer, which checks the clock there and keeps the place,
 * so that a loop without end, too much output or calls nested until the stack overflows are
 * each an error on the template and line that ran away.
 */
final class LimitedRendering {

    /**
     * How many instructions may run inside one another: the default templates reach 15;
     * a macro calling itself without end reaches this long before a worker's stack overflows.
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

    /** What the template writes for {@code model}, unless it crosses a limit. */
    String render(Template template, Object model) throws TemplateException, IOException, LimitExceeded {
        Tracer tracer = new Tracer(System.nanoTime() + limits.time().toNanos());
        LimitedWriter out = new LimitedWriter(limits.outputCharacters(), tracer);
        Environment environment = template.createProcessingEnvironment(model, out);
        environment.setTemplateProcessingTracer(tracer);
        try {
            environment.process();
        } catch (OutputTooLarge e) {
            throw new LimitExceeded(e.getMessage(), tracer.crossed);
        } catch (TimeUp e) {
            throw new LimitExceeded("the template ran longer than " + limits.time().toSeconds() + " s for one page"
                    + " (a loop without end?); end the loop, or raise vacancy.templateTimeLimit", tracer.crossed);
        } catch (TooDeep e) {
            throw new LimitExceeded(TOO_DEEP, tracer.crossed);
        } catch (StackOverflowError e) {
            // A thread with a smaller stack than a worker's: the tracer still knows the deepest place.
            throw new LimitExceeded(TOO_DEEP, tracer.last());
        }
        return out.text.toString();
    }

    private static final String TOO_DEEP = "template error: calls nested more than " + MAX_DEPTH + " deep (a macro"
            + " or function calling itself without end?)";

    /** Thrown at the instruction entered past {@link #MAX_DEPTH}. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    /** Thrown at the first instruction entered after the time is up. */
    private static final class TimeUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimeUp() {
            super(null, null, false, false);
        }
    }

    /** Checks the clock at each instruction entered, and keeps the instructions being run. */
    private static final class Tracer implements TemplateProcessingTracer {
        private final long deadline;
        private final Deque<TracedElement> running = new ArrayDeque<>();
        private TracedElement last;
        /** Where a limit was crossed, kept before the exception unwinds {@link #running}. */
        private Optional<Place> crossed = Optional.empty();

        Tracer(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public void enterElement(Environment environment, TracedElement element) {
            running.push(element);
            last = element;
            if (running.size() > MAX_DEPTH) {
                crossed = Optional.of(element).flatMap(Tracer::place);
                throw new TooDeep();
            }
            if (System.nanoTime() - deadline > 0) {
                crossed = block();
                throw new TimeUp();
            }
        }

        @Override
        public void exitElement(Environment environment, TracedElement element) {
            running.pop();
        }

        /** Notes that a limit is crossed now: where, {@link #crossed} says. */
        void cross() {
            crossed = block();
        }

        /**
         * The innermost block running (the loop, not the text it repeats): the same place for
         * every page, so one runaway template is one error.
         */
        private Optional<Place> block() {
            return running.stream().filter(element -> !element.isLeaf()).findFirst().flatMap(Tracer::place);
        }

        /** The last instruction entered: the deepest call, once the stack has overflowed and unwound. */
        Optional<Place> last() {
            return Optional.ofNullable(last).flatMap(Tracer::place);
        }

        private static Optional<Place> place(TracedElement element) {
            return element.getTemplate() == null ? Optional.empty() : Optional.of(new Place(
                    element.getTemplate().getSourceName(), element.getBeginLine(), element.getBeginColumn()));
        }
    }

    /** Thrown by the writer: FreeMarker lets a writer's IOException through untouched. */
    private static final class OutputTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        OutputTooLarge(String message) {
            super(message);
        }
    }

    private static final class LimitedWriter extends Writer {
        private final int limit;
        private final Tracer tracer;
        private final StringBuilder text = new StringBuilder();

        LimitedWriter(int limit, Tracer tracer) {
            this.limit = limit;
            this.tracer = tracer;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            reserve(length);
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            reserve(length);
            text.append(string, offset, offset + length);
        }

        private void reserve(int length) throws OutputTooLarge {
            if (text.length() + (long) length > limit) {
                tracer.cross();
                throw new OutputTooLarge("the template wrote more than " + (limit % (1 << 20) == 0 ? (limit >> 20)
                        + " Mi" : String.valueOf(limit)) + " characters for one page (a loop without end?); write"
                        + " less, or raise vacancy.templateOutputLimit");
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
