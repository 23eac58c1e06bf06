package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.account.AccountId;
import app.haven.domain.draft.Draft;
import app.haven.domain.draft.DraftId;
import app.haven.domain.draft.Drafts;
import app.haven.domain.practice.PracticeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Drafts in JPA: the folder on draft_author_idx, the purge's pages on draft_purge_idx. */
@ApplicationScoped
public class JpaDrafts implements Drafts {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public Optional<Draft> find(DraftId id) {
        return Optional.ofNullable(em.find(Draft.class, id.toString()));
    }

    @Override
    public List<Draft> of(AccountId author) {
        return em.createQuery("select d from Draft d where d.authorId = :author order by d.savedAt desc, d.id", Draft.class)
                .setParameter("author", author.toString())
                .getResultList();
    }

    @Override
    public long countOf(AccountId author) {
        return em.createQuery("select count(d) from Draft d where d.authorId = :author", Long.class)
                .setParameter("author", author.toString())
                .getSingleResult();
    }

    @Override
    public List<DraftId> expiredAfter(PracticeId practice, Instant cutoff, String afterId, int max) {
        return em.createQuery("select d.id from Draft d where d.practiceId = :practice and d.savedAt < :cutoff"
                        + " and d.id > :after order by d.id", String.class)
                .setParameter("practice", practice.toString())
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList().stream().map(DraftId::of).toList();
    }

    @Override
    public List<DraftId> lockExpiredWithFiles(Collection<DraftId> ids, Instant cutoff) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Draft d where d.id in :ids and d.savedAt < :cutoff"
                        + " and exists (select a from Attachment a where a.draft = d)", Draft.class)
                .setParameter("ids", ids.stream().map(DraftId::toString).toList())
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().map(Draft::id).toList();
    }

    @Override
    public int removeExpired(Collection<DraftId> ids, Instant cutoff) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from Draft d where d.id in :ids and d.savedAt < :cutoff")
                .setParameter("ids", ids.stream().map(DraftId::toString).toList())
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public void store(Draft draft) {
        if (!em.contains(draft)) {
            em.persist(draft);
        }
        em.flush();
    }

    @Override
    public void remove(Draft draft) {
        em.remove(draft);
    }
}
