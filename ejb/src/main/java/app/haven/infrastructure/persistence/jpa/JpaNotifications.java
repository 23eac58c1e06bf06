package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.notification.Notification;
import app.haven.domain.notification.NotificationStatus;
import app.haven.domain.notification.Notifications;
import app.haven.domain.practice.PracticeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The outbox in JPA; a claim is one conditional UPDATE, so two dispatchers cannot both win it. */
@ApplicationScoped
public class JpaNotifications implements Notifications {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public Optional<Notification> find(String id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<String> dueIds(Instant now, int limit) {
        return em.createQuery("select n.id from Notification n where n.status = :pending and n.nextAttemptAt <= :now"
                        + " and (n.claimedUntil is null or n.claimedUntil < :now) order by n.nextAttemptAt", String.class)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("now", utc(now))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(String id, Instant now, Instant until) {
        return em.createQuery("update Notification n set n.claimedUntil = :until, n.version = n.version + 1"
                        + " where n.id = :id and n.status = :pending and (n.claimedUntil is null or n.claimedUntil < :now)")
                .setParameter("until", utc(until))
                .setParameter("id", id)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("now", utc(now))
                .executeUpdate() == 1;
    }

    @Override
    public List<Notification> failedIn(PracticeId practice) {
        return em.createQuery("select n from Notification n where n.practiceId = :practice and n.status = :failed"
                        + " order by n.createdAt desc", Notification.class)
                .setParameter("practice", practice.toString())
                .setParameter("failed", NotificationStatus.FAILED)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public long countWithStatus(NotificationStatus status) {
        return em.createQuery("select count(n) from Notification n where n.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public long countWithStatus(PracticeId practice, NotificationStatus status) {
        return em.createQuery("select count(n) from Notification n where n.practiceId = :practice and n.status = :status",
                        Long.class)
                .setParameter("practice", practice.toString())
                .setParameter("status", status)
                .getSingleResult();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
