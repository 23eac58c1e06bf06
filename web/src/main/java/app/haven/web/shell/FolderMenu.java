package app.haven.web.shell;

import app.haven.application.Drafting;
import app.haven.application.Mailbox;
import app.haven.domain.thread.MailboxFolder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder menu and the unread badge of every page (R7, R8): one query per request for the
 * unread counts of all folders; the badge is the inbox's count. The page asks for them only as it
 * renders the menu (in text, never in a component's attribute), so an Ajax request that renders
 * neither asks nothing ({@link MailboxFolders}).
 */
@Named("folders")
@RequestScoped
public class FolderMenu {

    private static final String MAILBOX_VIEW = "/app/mailbox.xhtml";

    @Inject
    private Mailbox mailbox;

    @Inject
    private FacesContext faces;

    @Inject
    @ConfigProperty(name = "haven.badge.refresh-seconds", defaultValue = "60")
    private int refreshSeconds;

    @Inject
    private Drafting drafting;

    private Map<MailboxFolder, Long> unread;
    private Long drafts;
    private List<Entry> entries;

    /** A folder in the menu, worked out once per request: where it leads, its name's key, its unread count, whether it is open. */
    public record Entry(String href, String labelKey, long unread, boolean open) {

        /** The unread count as the menu shows it: nothing when there is none. */
        public String countText() {
            return unread > 0 ? Long.toString(unread) : "";
        }
    }

    /**
     * A mailbox folder of the menu. Plain links, as sessions ride on cookies only: a navigation
     * lookup per link on every page cost more than the menu is worth (issue 9).
     */
    public Entry entry(MailboxFolder folder) {
        return entries().get(folder.ordinal());
    }

    private List<Entry> entries() {
        if (entries == null) {
            String mailbox = faces.getExternalContext().getRequestContextPath() + MAILBOX_VIEW + "?folder=";
            entries = Arrays.stream(MailboxFolder.values()).map(folder -> new Entry(mailbox + parameter(folder), label(folder), unread(folder),
                    isOpen(folder))).toList();
        }
        return entries;
    }

    /** The address of one of the application's pages ({@code app/drafts}), as the menu links to it. */
    public String href(String page) {
        return faces.getExternalContext().getRequestContextPath() + "/" + page + ".xhtml";
    }

    private long unread(MailboxFolder folder) {
        if (unread == null) {
            unread = mailbox.unreadByFolder();
        }
        return unread.getOrDefault(folder, 0L);
    }

    /** How many drafts the person has (shown beside the Drafts folder), counted up to {@link Drafting#COUNTED_UP_TO}. */
    public long getDraftCount() {
        if (drafts == null) {
            drafts = drafting.count();
        }
        return drafts;
    }

    /** The draft count as the menu shows it: nothing when there is none, "99+" once the count has stopped. */
    public String getDraftCountText() {
        return countText(getDraftCount());
    }

    static String countText(long counted) {
        if (counted == 0) {
            return "";
        }
        return counted >= Drafting.COUNTED_UP_TO ? (Drafting.COUNTED_UP_TO - 1) + "+" : Long.toString(counted);
    }

    public boolean isDraftsOpen() {
        return "/app/drafts.xhtml".equals(faces.getViewRoot().getViewId());
    }

    public long getInboxUnread() {
        return unread(MailboxFolder.INBOX);
    }

    private static String label(MailboxFolder folder) {
        return "folder." + folder.name().toLowerCase(Locale.ROOT);
    }

    private static String parameter(MailboxFolder folder) {
        return folder.name().toLowerCase(Locale.ROOT);
    }

    private boolean isOpen(MailboxFolder folder) {
        return MAILBOX_VIEW.equals(faces.getViewRoot().getViewId())
                && folder == MailboxFolder.valueOf(parameterOrInbox().toUpperCase(Locale.ROOT));
    }

    /** How often the badge asks for new messages while the person is active. */
    public int getRefreshSeconds() {
        return refreshSeconds;
    }

    /** Called by the badge poll; the count is read when the badge renders. */
    public void refresh() {
        unread = null;
        entries = null;
    }

    private String parameterOrInbox() {
        String folder = faces.getExternalContext().getRequestParameterMap().get("folder");
        return folder != null && List.of("inbox", "sent", "archive", "trash").contains(folder) ? folder : "inbox";
    }
}
