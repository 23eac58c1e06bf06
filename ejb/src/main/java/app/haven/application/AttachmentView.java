package app.haven.application;

import app.haven.domain.attachment.Attachment;
import java.io.Serializable;

/** A file as screens list it: id, safe name, detected type and size. */
public record AttachmentView(String id, String fileName, String contentType, long sizeBytes) implements Serializable {

    static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.id().toString(), attachment.fileName().value(), attachment.contentType(),
                attachment.sizeBytes());
    }
}
