package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.account.AccountId;
import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.chart.ChartDocument;
import app.haven.domain.chart.ChartNote;
import app.haven.domain.chart.Charts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The chart in JPA: each list is one query on its client index. */
@ApplicationScoped
public class JpaCharts implements Charts {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public List<ChartDocument> documentsOf(AccountId client) {
        return em.createQuery("select d from ChartDocument d join fetch d.attachment where d.clientId = :client"
                        + " order by d.sharedAt desc, d.id", ChartDocument.class)
                .setParameter("client", client.toString())
                .getResultList();
    }

    @Override
    public List<ChartNote> notesOf(AccountId client) {
        return em.createQuery("select n from ChartNote n where n.clientId = :client order by n.writtenAt desc, n.id",
                        ChartNote.class)
                .setParameter("client", client.toString())
                .getResultList();
    }

    @Override
    public List<ChartDocument> sharesOf(Collection<AttachmentId> attachments) {
        if (attachments.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from ChartDocument d where d.attachment.id in :ids order by d.sharedAt",
                        ChartDocument.class)
                .setParameter("ids", attachments.stream().map(AttachmentId::toString).toList())
                .getResultList();
    }

    @Override
    public Optional<ChartDocument> share(AttachmentId attachment, AccountId client) {
        return em.createQuery("select d from ChartDocument d where d.attachment.id = :attachment and d.clientId = :client",
                        ChartDocument.class)
                .setParameter("attachment", attachment.toString())
                .setParameter("client", client.toString())
                .getResultStream().findFirst();
    }

    @Override
    public void add(ChartDocument document) {
        em.persist(document);
    }

    @Override
    public void remove(ChartDocument document) {
        em.remove(document);
    }

    @Override
    public void add(ChartNote note) {
        em.persist(note);
    }
}
