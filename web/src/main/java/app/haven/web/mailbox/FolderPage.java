package app.haven.web.mailbox;

import app.haven.application.Mailbox;
import app.haven.application.MailboxPage;
import app.haven.application.ThreadSummary;
import app.haven.domain.shared.HavenRefusal;
import app.haven.domain.thread.BulkAction;
import app.haven.domain.thread.MailboxFolder;
import app.haven.domain.thread.ThreadId;
import app.haven.web.Texts;
import app.haven.web.shell.Dates;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A mailbox folder (R8): a page of threads, newest first, paged with the mailbox's keyset cursor
 * (older / newer), check boxes for bulk actions, and the empty-folder sentence.
 */
@Named("mailbox")
@ViewScoped
public class FolderPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    private transient Mailbox mailbox;

    @Inject
    private transient FacesContext faces;

    private String folderParameter;
    private MailboxFolder folder = MailboxFolder.INBOX;
    private final Deque<String> newerCursors = new ArrayDeque<>();
    private String cursor;
    private String olderCursor;
    private List<Row> threads = List.of();
    private List<Row> selected = new ArrayList<>();

    @Inject
    private transient Dates dates;

    /**
     * A row as the page shows it, its link, people and dates put into words once when the page
     * loads (not by a bean method per cell on every rendering).
     */
    public record Row(String id, String href, String subject, boolean unread, String people, String isoDate,
                      String fullDate, String briefDate) implements Serializable {
    }

    /** View action: opens the folder named in the URL at its newest page. */
    public void open() {
        folder = parse(folderParameter);
        load();
    }

    public void older() {
        newerCursors.push(cursor == null ? "" : cursor);
        cursor = olderCursor;
        load();
    }

    public void newer() {
        String previous = newerCursors.isEmpty() ? "" : newerCursors.pop();
        cursor = previous.isEmpty() ? null : previous;
        load();
    }

    public void apply(String actionName) {
        BulkAction action = BulkAction.valueOf(actionName);
        if (selected.isEmpty()) {
            Texts.error(faces, "mailbox.selectFirst");
            return;
        }
        try {
            int count = mailbox.apply(action, selected.stream().map(row -> ThreadId.of(row.id())).toList());
            Texts.info(faces, "mailbox.done." + action.name(), count);
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
        load();
    }

    public boolean isBulkActionOffered(String actionName) {
        BulkAction action = BulkAction.valueOf(actionName);
        return switch (action) {
            case ARCHIVE -> folder == MailboxFolder.INBOX || folder == MailboxFolder.SENT;
            case TRASH -> folder != MailboxFolder.TRASH;
            case RESTORE -> folder == MailboxFolder.ARCHIVE || folder == MailboxFolder.TRASH;
            case MARK_READ, MARK_UNREAD -> true;
        };
    }

    private void load() {
        MailboxPage page = mailbox.folder(folder, cursor, PAGE_SIZE);
        String threadLink = faces.getExternalContext().getRequestContextPath() + "/app/thread.xhtml?id=";
        threads = page.threads().stream().map(thread -> row(thread, threadLink)).toList();
        olderCursor = page.nextCursor().orElse(null);
        selected = new ArrayList<>();
    }

    private static MailboxFolder parse(String parameter) {
        try {
            return parameter == null ? MailboxFolder.INBOX : MailboxFolder.valueOf(parameter.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return MailboxFolder.INBOX;
        }
    }

    /** A row; its link is the thread's address (sessions ride on cookies only, so no URL needs encoding). */
    private Row row(ThreadSummary thread, String threadLink) {
        return new Row(thread.id(), threadLink + thread.id(), thread.subject(), thread.unread(), people(thread), dates.iso(thread.lastActivityAt()),
                dates.full(thread.lastActivityAt()), dates.brief(thread.lastActivityAt()));
    }

    /** The other people of a thread; "only you" for a thread nobody else is left in. */
    private String people(ThreadSummary thread) {
        return thread.participantNames().isEmpty() ? Texts.text(faces, "mailbox.onlyYou") : String.join(", ", thread.participantNames());
    }

    public MailboxFolder getFolder() {
        return folder;
    }

    public String getTitleKey() {
        return "folder." + folder.name().toLowerCase(Locale.ROOT);
    }

    public List<Row> getThreads() {
        return threads;
    }

    public boolean isOlderAvailable() {
        return olderCursor != null;
    }

    public boolean isNewerAvailable() {
        return !newerCursors.isEmpty();
    }

    public List<Row> getSelected() {
        return selected;
    }

    public void setSelected(List<Row> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getFolderParameter() {
        return folderParameter;
    }

    public void setFolderParameter(String folderParameter) {
        this.folderParameter = folderParameter;
    }
}
