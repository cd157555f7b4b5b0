package org.vacancypress.core.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vacancypress.core.render.markdown.Markdown;
import org.vacancypress.core.resolve.MarkdownText;

/**
 * How templates see the views: maps, lists, strings, numbers and booleans as FreeMarker's own
 * values; a record as a read-only hash of its components, nothing else of it; an empty
 * {@link Optional} as a missing value ({@code ??} is false) and a full one as its content;
 * {@link MarkdownText} as sanitized HTML, which auto-escaping outputs as it is. Every other
 * object is refused, so a template can call no Java method.
 */
final class ViewWrapper extends SimpleObjectWrapper {

    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

    private final Markdown markdown;

    ViewWrapper(Markdown markdown) {
        super(Configuration.VERSION_2_3_34);
        this.markdown = markdown;
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Optional<?> optional) {
            return optional.isPresent() ? wrap(optional.get()) : null;
        }
        if (object instanceof MarkdownText text) {
            String html = text.block() ? markdown.block(text.markdown()) : markdown.inline(text.markdown());
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        }
        if (object instanceof Record record) {
            return new RecordModel(record);
        }
        return super.handleUnknownType(object);
    }

    /** A record's components by name. */
    private final class RecordModel implements TemplateHashModel {
        private final Record record;

        RecordModel(Record record) {
            this.record = record;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = COMPONENTS.get(record.getClass()).get(key);
            if (accessor == null) {
                return null;
            }
            try {
                return wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
