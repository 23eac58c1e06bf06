package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.account.AccountId;
import app.haven.domain.draft.Draft;
import app.haven.domain.draft.DraftId;
import app.haven.domain.draft.DraftRange;
import app.haven.domain.draft.Drafts;
import app.haven.domain.practice.PracticeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Drafts in JPA: the folder on draft_author_idx, the purge's pages on draft_purge_idx. */
@ApplicationScoped
public class JpaDrafts implements Drafts {

    /** A practice's expired drafts after an id: read in id order from draft_purge_idx. */
    private static final String EXPIRED = " from Draft d where d.practiceId = :practice and d.savedAt < :cutoff"
            + " and d.id > :after";
    private static final String IN_RANGE = " and d.id <= :last";

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
    public long countOf(AccountId author, int atMost) {
        // a count over a limited subquery, which JPQL cannot say: plain SQL that H2 and PostgreSQL read alike
        return ((Number) em.createNativeQuery("select count(*) from (select 1 from draft where author_id = ? limit ?) mine")
                .setParameter(1, author.toString())
                .setParameter(2, atMost)
                .getSingleResult()).longValue();
    }

    @Override
    public Optional<DraftRange> nextExpired(PracticeId practice, Instant cutoff, String afterId, int size) {
        List<String> full = expired("select d.id" + EXPIRED + " order by d.id", String.class, practice, cutoff, afterId)
                .setFirstResult(size - 1).setMaxResults(1).getResultList();
        String last = full.isEmpty()
                ? expired("select max(d.id)" + EXPIRED, String.class, practice, cutoff, afterId).getSingleResult()
                : full.get(0);
        return Optional.ofNullable(last).map(end -> new DraftRange(afterId, end));
    }

    @Override
    public List<DraftId> lockExpiredWithFiles(PracticeId practice, DraftRange range, Instant cutoff) {
        List<Draft> locked = expired("select d" + EXPIRED + IN_RANGE
                        + " and exists (select a from Attachment a where a.draft = d)", Draft.class, practice, cutoff, range.after())
                .setParameter("last", range.last())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        locked.forEach(em::detach); // the row locks stay until the chunk ends; the texts need not
        return locked.stream().map(Draft::id).toList();
    }

    @Override
    public int removeExpired(PracticeId practice, DraftRange range, Instant cutoff) {
        return em.createQuery("delete" + EXPIRED + IN_RANGE)
                .setParameter("practice", practice.toString())
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setParameter("after", range.after())
                .setParameter("last", range.last())
                .executeUpdate();
    }

    private <T> TypedQuery<T> expired(String jpql, Class<T> type, PracticeId practice, Instant cutoff, String afterId) {
        return em.createQuery(jpql, type)
                .setParameter("practice", practice.toString())
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setParameter("after", afterId);
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
