package app.haven.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordResolverTest {

    public record Row(String subject, boolean unread) {

        public String shout() {
            return subject.toUpperCase(java.util.Locale.ROOT);
        }
    }

    private final RecordResolver resolver = new RecordResolver();
    private final Row row = new Row("Thursday", true);

    @Test
    void aComponentIsReadAsAMethodCallAndAsAProperty() {
        ELContext call = context();
        assertThat(resolver.invoke(call, row, "subject", null, new Object[0])).isEqualTo("Thursday");
        assertThat(call.isPropertyResolved()).isTrue();

        ELContext property = context();
        assertThat(resolver.getValue(property, row, "unread")).isEqualTo(true);
        assertThat(property.isPropertyResolved()).isTrue();
        assertThat(resolver.isReadOnly(context(), row, "subject")).isTrue();
    }

    @Test
    void otherMethodsCallsWithArgumentsAndOtherObjectsAreLeftToTheNextResolver() {
        for (Object[] unresolved : new Object[][] {{row, "shout"}, {row, "toString"}, {"text", "length"}, {null, "subject"}}) {
            ELContext context = context();
            assertThat(resolver.invoke(context, unresolved[0], unresolved[1], null, null)).isNull();
            assertThat(context.isPropertyResolved()).as("%s.%s", unresolved[0], unresolved[1]).isFalse();
        }
        ELContext withArguments = context();
        resolver.invoke(withArguments, row, "subject", new Class<?>[] {String.class}, new Object[] {"x"});
        assertThat(withArguments.isPropertyResolved()).isFalse();
    }

    @Test
    void aComponentCannotBeWritten() {
        assertThatThrownBy(() -> resolver.setValue(context(), row, "subject", "other"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
