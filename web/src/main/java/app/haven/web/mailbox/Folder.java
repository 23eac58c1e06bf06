package app.haven.web.mailbox;

/** The folders of the mailbox menu (SPEC R8), in menu order. */
public enum Folder {
    INBOX,
    SENT,
    DRAFTS,
    ARCHIVE,
    TRASH;

    /** The folder named in a URL; the inbox for anything else. */
    public static Folder fromParameter(String name) {
        for (Folder folder : values()) {
            if (folder.name().equalsIgnoreCase(name)) {
                return folder;
            }
        }
        return INBOX;
    }

    public String getParameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getLabelKey() {
        return "folder." + getParameter();
    }
}
