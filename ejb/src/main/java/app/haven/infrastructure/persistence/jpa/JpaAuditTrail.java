package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }
}
