package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.attachment.AttachmentRefusal;
import app.haven.domain.attachment.Attachments;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.thread.Message;
import app.haven.domain.thread.MessageId;
import app.haven.infrastructure.storage.AttachmentStorage;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who may reach which file: a staged upload is its uploader's alone; a sent one belongs to the
 * thread of its message and is seen by that thread's participants. A file that does not exist and
 * one the person may not see get the same refusal. Also sends staged files with a message and
 * removes a deleted message's files, rows now and bytes once the deletion commits.
 */
@Dependent
class AttachmentAccess {

    @Inject
    private Attachments attachments;

    @Inject
    private AttachmentStorage storage;

    @Inject
    private ChartLinks chart;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Sends the author's staged files with the message; refused if any is not theirs or already sent. */
    int sendWith(Message message, Collection<String> attachmentIds) {
        List<AttachmentId> ids = new ArrayList<>();
        for (String text : attachmentIds) {
            ids.add(AttachmentId.parse(text).orElseThrow(() -> AttachmentRefusal.notAvailable(null)));
        }
        List<Attachment> found = attachments.findAll(ids);
        ids.stream().filter(id -> found.stream().noneMatch(a -> a.id().equals(id))).findFirst().ifPresent(missing -> {
            throw AttachmentRefusal.notAvailable(missing);
        });
        found.forEach(attachment -> attachment.sendWith(message));
        return found.size();
    }

    /** The files of these messages, by message id. */
    Map<MessageId, List<AttachmentView>> of(Collection<MessageId> messages) {
        return attachments.ofMessages(messages).stream().collect(Collectors.groupingBy(
                a -> a.messageId().orElseThrow(), Collectors.mapping(AttachmentView::of, Collectors.toList())));
    }

    /** Removes the files of messages being deleted: the rows now, the bytes after the commit. */
    void removeWith(Collection<MessageId> messages) {
        List<Attachment> gone = attachments.ofMessages(messages);
        gone.forEach(attachments::remove);
        storage.deleteAfterCommit(gone.stream().map(Attachment::id).toList());
    }

    /** The file, if the reader may see it; the download is audited in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attachment grantDownload(Account reader, String attachmentId) {
        Attachment attachment = readableBy(reader, attachmentId);
        audit.record(AuditEvent.of(AuditAction.DOWNLOAD_ATTACHMENT, reader.practiceId(), reader.id(), attachment.id(),
                clock.instant()));
        return attachment;
    }

    Attachment readableBy(Account reader, String attachmentId) {
        AttachmentId id = AttachmentId.parse(attachmentId).orElseThrow(() -> AttachmentRefusal.notAvailable(null));
        return attachments.find(id)
                .filter(attachment -> attachment.isVisibleTo(reader.id()) || chart.sharedToAChartOf(reader, attachment.id()))
                .orElseThrow(() -> AttachmentRefusal.notAvailable(id));
    }
}
