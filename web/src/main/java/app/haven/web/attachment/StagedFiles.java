package app.haven.web.attachment;

import app.haven.application.AttachmentView;
import app.haven.application.FileTransfer;
import app.haven.domain.shared.HavenRefusal;
import app.haven.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files a composer has uploaded for the message they are writing: each one is checked and
 * stored by the server as it arrives (so a refusal comes at once, naming the file), listed with a
 * way to take it off, and sent with the message by id. Part of a view-scoped page.
 */
public class StagedFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<AttachmentView> files = new ArrayList<>();

    public void upload(FileUploadEvent event, FileTransfer transfer, FacesContext faces) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
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

    public void remove(String id, FileTransfer transfer) {
        files.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(file -> {
            transfer.discard(id);
            files.remove(file);
        });
    }

    public List<AttachmentView> list() {
        return List.copyOf(files);
    }

    public List<String> ids() {
        return files.stream().map(AttachmentView::id).toList();
    }

    public void clear() {
        files.clear();
    }

    private static void deleteQuietly(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException ignored) {
            // the container removes its temporary part at the end of the request anyway
        }
    }
}
