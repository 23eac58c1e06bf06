package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.account.AccountId;
import app.haven.domain.draft.Draft;
import app.haven.domain.draft.DraftId;
import app.haven.domain.draft.DraftSlice;
import app.haven.domain.draft.Drafts;
import app.haven.domain.practice.PracticeId;
import app.haven.infrastructure.persistence.DatabaseSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Drafts in JPA: the folder on draft_author_idx; the purge's slices in the database's storage
 * order ({@link StorageOrder}), in SQL of the database's own, which JPQL cannot say.
 */
@ApplicationScoped
public class JpaDrafts implements Drafts {

    /** The practice's expired drafts, after a slice's condition. */
    private static final String EXPIRED = " and d.practice_id = ? and d.saved_at < ?";
    private static final String UNREADABLE = "The database's description could not be read";

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Resource(lookup = DatabaseSchema.DATA_SOURCE)
    private DataSource dataSource;

    private volatile StorageOrder order;

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
    public Optional<DraftSlice> sliceFrom(long from, long width) {
        long end = ((Number) em.createNativeQuery(order().end("draft")).getSingleResult()).longValue();
        return from < end ? Optional.of(new DraftSlice(from, Math.min(end, from + width))) : Optional.empty();
    }

    @Override
    public List<DraftId> lockExpiredWithFiles(PracticeId practice, DraftSlice slice, Instant cutoff) {
        List<?> ids = expired("select d.id from draft d where ", slice, practice, cutoff,
                " and exists (select 1 from attachment a where a.draft_id = d.id) for update").getResultList();
        return ids.stream().map(id -> DraftId.of(id.toString())).toList();
    }

    @Override
    public int removeExpired(PracticeId practice, DraftSlice slice, Instant cutoff) {
        return expired("delete from draft d where ", slice, practice, cutoff, "").executeUpdate();
    }

    private Query expired(String start, DraftSlice slice, PracticeId practice, Instant cutoff, String end) {
        return em.createNativeQuery(start + order().slice("d") + EXPIRED + end)
                .setParameter(1, slice.from())
                .setParameter(2, slice.to())
                .setParameter(3, practice.toString())
                .setParameter(4, cutoff.atOffset(ZoneOffset.UTC));
    }

    /** The database's storage order, found out once from the data source. */
    private StorageOrder order() {
        StorageOrder known = order;
        if (known == null) {
            try (Connection db = dataSource.getConnection()) {
                known = StorageOrder.of(db.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException(UNREADABLE, e);
            }
            order = known;
        }
        return known;
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
