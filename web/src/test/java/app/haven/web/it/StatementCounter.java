package app.haven.web.it;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/** Counts the SQL statements EclipseLink sends while a piece of work runs on this thread. */
public final class StatementCounter extends SessionEventAdapter {

    private static final StatementCounter INSTANCE = new StatementCounter();
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }

    public static synchronized int during(EntityManager em, Runnable work) {
        ServerSession server = em.unwrap(JpaEntityManager.class).getServerSession();
        if (!server.getEventManager().getListeners().contains(INSTANCE)) {
            server.getEventManager().addListener(INSTANCE);
        }
        COUNT.set(new int[1]);
        try {
            work.run();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }
}
