package app.haven.web.attachment;

import app.haven.application.AttachmentView;
import app.haven.application.FileTransfer;
import app.haven.domain.attachment.AttachmentPolicy;
import app.haven.domain.shared.HavenRefusal;
import app.haven.web.Texts;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.NativeUploadedFile;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFileWrapper;

/**
 * The files a person has uploaded for the message they are writing (a new message or a reply):
 * each is checked and stored by the server as it arrives, so a refusal comes at once and names the
 * file; it is listed with a way to take it off, and goes with the message by id. Lives as long as
 * the page that injects it.
 */
@Dependent
public class StagedFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FileTransfer transfer;

    /** Uploads of the same page may end at the same time. */
    private final List<AttachmentView> files = new CopyOnWriteArrayList<>();

    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UploadedFile file = event.getFile();
        try (InputStream content = wholeContent(file)) {
            files.add(transfer.upload(file.getFileName(), content));
        } catch (HavenRefusal refusal) {
            String sentence = file.getFileName() + ": " + Texts.sentence(faces, refusal);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, sentence));
            faces.validationFailed();
        } catch (IOException broken) {
            Texts.error(faces, "refusal.attachment.notReceived");
        } finally {
            deleteQuietly(file);
        }
    }

    /** Takes a file off before sending: it is deleted on the server. */
    public void remove(String id) {
        files.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(file -> {
            try {
                transfer.discard(id);
                files.remove(file);
            } catch (HavenRefusal refusal) {
                Texts.refused(FacesContext.getCurrentInstance(), refusal);
            }
        });
    }

    public List<AttachmentView> getList() {
        return List.copyOf(files);
    }

    public List<String> ids() {
        return files.stream().map(AttachmentView::id).toList();
    }

    /** The files of a reopened draft. */
    public void restore(List<AttachmentView> kept) {
        files.clear();
        files.addAll(kept);
    }

    /** Deletes every file listed (the writer threw the message away). */
    public void discardAll() {
        List.copyOf(files).forEach(file -> remove(file.id()));
    }

    /** After the message went: the files are the message's now. */
    public void sent() {
        files.clear();
    }

    /** The size limit, for the page's own check before anything is sent. */
    public long getMaxBytes() {
        return transfer.policy().maxBytes();
    }

    public String getMaxMegabytes() {
        return AttachmentPolicy.mebibytes(getMaxBytes());
    }

    /**
     * The file as it was sent. PrimeFaces' own stream ends silently at the size limit of the page's
     * check, so a larger file would reach the EJB cut to its first 10 MiB and be stored so; the
     * part's stream goes on, and the EJB refuses the file as too large.
     */
    private static InputStream wholeContent(UploadedFile file) throws IOException {
        UploadedFile unwrapped = file;
        while (unwrapped instanceof UploadedFileWrapper wrapper) {
            unwrapped = wrapper.getWrapped();
        }
        return unwrapped instanceof NativeUploadedFile part ? part.getSource().getInputStream() : file.getInputStream();
    }

    /** Reads off what is left of a refused file ({@link StreamedFilePart#delete}). */
    private static void deleteQuietly(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException ignored) {
            // the sender went away: there is nothing left to read
        }
    }
}
