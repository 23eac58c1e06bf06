package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.attachment.Attachments;
import app.haven.domain.draft.DraftId;
import app.haven.domain.thread.MessageId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Attachment rows in JPA: a thread's files are one query by message ids (attachment_message_idx). */
@ApplicationScoped
public class JpaAttachments implements Attachments {

    private static final int IDS_PER_QUERY = 1_000;

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public Optional<Attachment> find(AttachmentId id) {
        return Optional.ofNullable(em.find(Attachment.class, id.toString()));
    }

    @Override
    public List<Attachment> findAll(Collection<AttachmentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Attachment a where a.id in :ids", Attachment.class)
                .setParameter("ids", ids.stream().map(AttachmentId::toString).toList())
                .getResultList();
    }

    @Override
    public List<Attachment> ofMessages(Collection<MessageId> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Attachment a where a.message.id in :ids order by a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("ids", messages.stream().map(MessageId::toString).toList())
                .getResultList();
    }

    @Override
    public List<Attachment> stagedBefore(Instant cutoff, int max) {
        return em.createQuery("select a from Attachment a where a.message is null and a.draft is null and a.uploadedAt < :cutoff"
                        + " order by a.uploadedAt", Attachment.class)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Attachment> ofDrafts(Collection<DraftId> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        // in runs of ids (each in upload order), so that a purge slice dense with drafts that have files stays
        // under the driver's limit on parameters
        List<String> ids = drafts.stream().map(DraftId::toString).toList();
        List<Attachment> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            found.addAll(em.createQuery("select a from Attachment a where a.draft.id in :ids order by a.uploadedAt, a.id", Attachment.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public void add(Attachment attachment) {
        em.persist(attachment);
    }

    @Override
    public void remove(Attachment attachment) {
        em.remove(attachment);
    }
}
