package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.account.AccountId;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> latestBy(AccountId actor, int limit) {
        return em.createQuery("select e from AuditEvent e where e.actorId = :actor"
                        + " order by e.occurredAt desc", AuditEvent.class)
                .setParameter("actor", actor.toString())
                .setMaxResults(limit)
                .getResultList();
    }
}
