package app.haven.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the components of the application's records in pages ({@code #{row.subject()}}, and
 * {@code #{row.subject}} alike) through accessors looked up once per record class. EL 5's bean
 * resolver searches all public methods of the class on every such call, which made up a large
 * part of rendering a mailbox page (issue 9); EL 6 brings its own record resolver. Anything that
 * is not a component of a record, or a call with arguments, is left to the next resolver.
 */
public class RecordResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Map.of();
            }
            Map<String, Method> accessors = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor)
                    .collect(Collectors.toUnmodifiableMap(Method::getName, Function.identity()));
            // a record this code may not read is left to the bean resolver, as before
            return accessors.values().stream().allMatch(Method::trySetAccessible) ? accessors : Map.of();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (params != null && params.length > 0) {
            return null;
        }
        return read(context, base, method);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return read(context, base, property);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            throw new PropertyNotWritableException("a record component is read-only: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Object read(ELContext context, Object base, Object name) {
        Method accessor = accessor(base, name);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, name);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(e.getCause() == null ? e : e.getCause());
        }
    }

    private static Method accessor(Object base, Object name) {
        if (base == null || name == null) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(name.toString());
    }
}
