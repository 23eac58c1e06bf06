package app.haven.web.it;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the SQL statements EclipseLink sends while a piece of work runs on this thread, or
 * records those sent from any thread (the server's own, answering the work's HTTP requests).
 */
public final class StatementCounter extends SessionEventAdapter {

    private static final StatementCounter INSTANCE = new StatementCounter();
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static volatile List<String> everywhere;

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        List<String> seen = everywhere;
        if (seen != null) {
            seen.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString() : String.valueOf(event.getCall()));
        }
    }

    public static synchronized int during(EntityManager em, Runnable work) {
        listen(em);
        COUNT.set(new int[1]);
        try {
            work.run();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }

    /** The SQL of every statement sent meanwhile, from any thread, in the order sent (others' work included). */
    public static synchronized List<String> everywhereDuring(EntityManager em, Runnable work) {
        listen(em);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        everywhere = seen;
        try {
            work.run();
        } finally {
            everywhere = null;
        }
        return List.copyOf(seen);
    }

    private static void listen(EntityManager em) {
        ServerSession server = em.unwrap(JpaEntityManager.class).getServerSession();
        if (!server.getEventManager().getListeners().contains(INSTANCE)) {
            server.getEventManager().addListener(INSTANCE);
        }
    }
}
