package app.haven.domain.attachment;

import app.haven.domain.shared.HavenRefusal;

/**
 * Refusals of a file: too large, empty, of a type not accepted, or not what its name says. Each
 * names the rule by a bundle key; none carries the file's name or content.
 */
public class AttachmentRefusal extends HavenRefusal {

    private static final long serialVersionUID = 1L;

    private AttachmentRefusal(String messageKey, Object subjectId, String... arguments) {
        super(messageKey, subjectId, arguments);
    }

    public static AttachmentRefusal tooLarge(long maxBytes) {
        return new AttachmentRefusal("refusal.attachment.tooLarge", null, AttachmentPolicy.mebibytes(maxBytes));
    }

    public static AttachmentRefusal empty() {
        return new AttachmentRefusal("refusal.attachment.empty", null);
    }

    /** The upload broke off before the whole file arrived. */
    public static AttachmentRefusal notReceived() {
        return new AttachmentRefusal("refusal.attachment.notReceived", null);
    }

    public static AttachmentRefusal badName() {
        return new AttachmentRefusal("refusal.attachment.badName", null);
    }

    public static AttachmentRefusal typeNotAccepted() {
        return new AttachmentRefusal("refusal.attachment.typeNotAccepted", null);
    }

    public static AttachmentRefusal nameDoesNotMatchContent() {
        return new AttachmentRefusal("refusal.attachment.nameDoesNotMatchContent", null);
    }

    /** It does not exist, or the caller may not see it: the same answer. */
    public static AttachmentRefusal notAvailable(Object attachmentId) {
        return new AttachmentRefusal("refusal.attachment.notAvailable", attachmentId);
    }

    /**
     * The stored bytes fail their integrity check: refused before the first byte when found there,
     * otherwise the download stops short of its end (never a whole wrong file).
     */
    public static AttachmentRefusal damaged(Object attachmentId) {
        return new AttachmentRefusal("refusal.attachment.damaged", attachmentId);
    }
}
