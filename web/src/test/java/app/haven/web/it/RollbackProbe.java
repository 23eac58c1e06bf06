package app.haven.web.it;

import app.haven.application.AttachmentView;
import app.haven.application.FileTransfer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;

/** A use case that fails after its upload went through, in one transaction: what does a rollback leave? */
@Stateless
@PermitAll
public class RollbackProbe {

    @Inject
    private FileTransfer transfer;

    /** Uploads, then fails with a system exception; returns nothing, the upload's id goes into the holder. */
    public void uploadThenFail(String fileName, byte[] content, String[] idHolder) {
        AttachmentView uploaded = transfer.upload(fileName, new ByteArrayInputStream(content));
        idHolder[0] = uploaded.id();
        throw new IllegalStateException("the use case failed after the upload");
    }
}
