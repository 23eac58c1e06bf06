package app.haven.web.shell;

import app.haven.domain.thread.MailboxFolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The mailbox folders in the menu's order, the same for everybody. The menu repeats over this list
 * rather than over the signed-in person's counts: Faces visits the menu on every Ajax request of a
 * page (an upload, a To field search, an autosave), and this list costs nothing to visit, while the
 * counts ({@link FolderMenu}) are read only when the menu is rendered (issue 9).
 */
@Named
@ApplicationScoped
public class MailboxFolders {

    private static final List<MailboxFolder> ALL = List.of(MailboxFolder.values());

    public List<MailboxFolder> getAll() {
        return ALL;
    }
}
