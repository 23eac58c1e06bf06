package app.haven.application;

import app.haven.domain.shared.HavenRefusal;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Audits every refused operation of the use cases it decorates. The refusal rolls the operation
 * back, so the audit row is written in a transaction of its own ({@link RefusalRecorder}): the
 * attempt is on record and nothing of the operation is.
 */
public class RefusalAudit {

    @Inject
    private RefusalRecorder recorder;

    @AroundInvoke
    public Object audit(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (HavenRefusal refusal) {
            recorder.record(invocation.getMethod().getName(), refusal);
            throw refusal;
        }
    }
}
