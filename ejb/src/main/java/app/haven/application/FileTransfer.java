package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.Roles;
import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.attachment.AttachmentPolicy;
import app.haven.domain.attachment.AttachmentRefusal;
import app.haven.domain.attachment.Attachments;
import app.haven.domain.attachment.FileName;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.infrastructure.storage.AttachmentStorage;
import app.haven.infrastructure.storage.ContentTypes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files in and out (SPEC R5). An upload is checked here whatever the page did: a safe name, not
 * empty, at most the size limit (counted while it streams into encrypted storage), a type detected
 * from the bytes that is allowed and agrees with the name. It is then staged for its uploader until
 * sent with a message ({@link Messaging}) or discarded. A download is authorised, audited and
 * streamed outside any transaction, checked as it goes: damage found before the first byte is
 * refused before it, damage found later cuts the download short before its last bytes.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
@Interceptors(RefusalAudit.class)
public class FileTransfer {

    private static final int HEAD = 64 * 1024;

    @Inject
    private Caller caller;

    @Inject
    private Attachments attachments;

    @Inject
    private AttachmentAccess access;

    @Inject
    private AttachmentStorage storage;

    @Inject
    private ContentTypes types;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "haven.attachments.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    @Inject
    @ConfigProperty(name = "haven.attachments.allowed-types")
    private List<String> allowedTypes;

    private AttachmentPolicy policy;

    @PostConstruct
    void readPolicy() {
        policy = new AttachmentPolicy(maxBytes, Set.copyOf(allowedTypes));
    }

    /** The limits as the upload page shows and enforces them before sending anything. */
    public AttachmentPolicy policy() {
        return policy;
    }

    /**
     * Stores the file as it arrives, then records it. The content is read before the first query,
     * so a slow upload holds no database connection while its bytes come in (the transaction holds
     * none until then); if the caller's account or the record then fails, the bytes go with the
     * rollback.
     */
    public AttachmentView upload(String fileName, InputStream content) {
        FileName name = FileName.of(fileName);
        AttachmentId id = AttachmentId.random();
        InputStream in = new BufferedInputStream(content, HEAD);
        String type = checkedType(in, name);
        long size = storage.write(id, in, policy.maxBytes());
        policy.checkSize(size);
        storage.checkContainer(id, type);
        Account uploader = caller.account();
        Attachment attachment = new Attachment(id, uploader.practiceId(), uploader.id(), name, type, size, clock.instant());
        attachments.add(attachment);
        audit.record(AuditEvent.of(AuditAction.UPLOAD_ATTACHMENT, uploader.practiceId(), uploader.id(), id, clock.instant()));
        return AttachmentView.of(attachment);
    }

    /** Removes a staged upload of the caller's (the composer took it off before sending). */
    public void discard(String attachmentId) {
        Account uploader = caller.account();
        Attachment attachment = access.readableBy(uploader, attachmentId);
        if (!attachment.isStagedBy(uploader.id())) {
            throw AttachmentRefusal.notAvailable(attachment.id());
        }
        attachments.remove(attachment);
        storage.deleteAfterCommit(List.of(attachment.id()));
        audit.record(AuditEvent.of(AuditAction.DISCARD_ATTACHMENT, uploader.practiceId(), uploader.id(), attachment.id(),
                clock.instant()));
    }

    /**
     * Hands the file to the sink if the caller may see it, checking its bytes as they stream
     * ({@link AttachmentStorage#copyVerified}). Runs outside a transaction: a slow network holds no
     * database resources.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void download(String attachmentId, DownloadSink sink) throws IOException {
        Attachment attachment = access.grantDownload(caller.account(), attachmentId);
        storage.copyVerified(attachment.id(), attachment.sha256(), () -> sink.open(AttachmentView.of(attachment)));
    }

    private String checkedType(InputStream in, FileName name) {
        try {
            in.mark(1);
            if (in.read() == -1) {
                throw AttachmentRefusal.empty();
            }
            in.reset();
            String type = types.detect(in, name);
            policy.check(type, types.byName(name));
            return type;
        } catch (IOException e) {
            throw AttachmentRefusal.notReceived();
        }
    }
}
