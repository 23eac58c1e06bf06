package app.haven.web.mailbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The mailbox page: which folder is open. The thread list arrives with the messaging core. */
@Named("mailbox")
@RequestScoped
public class MailboxPage {

    private String folderParameter;

    public Folder getFolder() {
        return Folder.fromParameter(folderParameter);
    }

    public List<Folder> getFolders() {
        return List.of(Folder.values());
    }

    public String getFolderParameter() {
        return folderParameter;
    }

    public void setFolderParameter(String folderParameter) {
        this.folderParameter = folderParameter;
    }
}
