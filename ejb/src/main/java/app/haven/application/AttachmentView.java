package app.haven.application;

import app.haven.domain.attachment.Attachment;
import java.io.Serializable;
import java.util.List;

/**
 * A file as screens list it: id, safe name, detected type and size, and (in a thread, for staff
 * who may see them) the client charts it is shared to.
 */
public record AttachmentView(String id, String fileName, String contentType, long sizeBytes, List<ShareView> sharedTo)
        implements Serializable {

    public AttachmentView {
        sharedTo = sharedTo == null ? List.of() : List.copyOf(sharedTo);
    }

    static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.id().toString(), attachment.fileName().value(), attachment.contentType(),
                attachment.sizeBytes(), List.of());
    }

    AttachmentView sharedTo(List<ShareView> shares) {
        return new AttachmentView(id, fileName, contentType, sizeBytes, shares);
    }

    /** Whether it is in this client's Docs &amp; Forms. */
    public boolean isSharedTo(String clientId) {
        return sharedTo.stream().anyMatch(share -> share.clientId().equals(clientId));
    }
}
