package app.haven.web.chart;

import app.haven.application.ClientCharts;
import app.haven.application.ParticipantView;
import app.haven.application.QuickNoteSource;
import app.haven.domain.shared.HavenRefusal;
import app.haven.web.Texts;
import app.haven.web.shell.Dates;
import app.haven.web.thread.ThreadPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What staff do with a thread for the client's chart: share a file to a client's Docs &amp; Forms
 * (asking which client when the thread has several) or take it back (R12), and a provider's Quick
 * Note, pre-filled with the thread and edited before it is saved (R13).
 */
@Named("threadChart")
@ViewScoped
public class ThreadChart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ClientCharts charts;

    @Inject
    private transient FacesContext faces;

    @Inject
    private transient Dates dates;

    @Inject
    private ThreadPage thread;

    private String fileToShare;
    private String clientToShareTo;
    private String quickNote;
    private String quickNoteClient;

    public void share(String attachmentId, String clientId) {
        change(() -> charts.share(attachmentId, clientId), "chart.shared");
    }

    public void unshare(String attachmentId, String clientId) {
        change(() -> charts.unshare(attachmentId, clientId), "chart.unshared");
    }

    /** Shares or takes back, says so (or why not), and shows the thread as it is now. */
    private void change(Runnable action, String doneKey) {
        try {
            action.run();
            Texts.info(faces, doneKey);
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
        thread.refresh();
    }

    /** A thread with several clients: remembers the file, the dialog asks which client's chart. */
    public void chooseClientFor(String attachmentId) {
        fileToShare = attachmentId;
        clientToShareTo = null;
    }

    public void shareChosen() {
        share(fileToShare, clientToShareTo);
    }

    public List<ParticipantView> getClientChoices() {
        return thread.getShareClients();
    }

    /** Opens the Quick Note dialog pre-filled with the thread: date, sender's role and name, text. */
    public void prepareQuickNote() {
        try {
            QuickNoteSource source = charts.quickNoteSource(thread.getThreadId());
            quickNoteClient = source.clientName();
            quickNote = source.entries().stream().map(this::entry).collect(Collectors.joining());
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
            faces.validationFailed();
        }
    }

    public void saveQuickNote() {
        try {
            charts.writeQuickNote(thread.getThreadId(), quickNote);
            Texts.info(faces, "chart.quickNoteSaved", quickNoteClient);
            quickNote = null;
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
            faces.validationFailed();
        }
    }

    private String entry(QuickNoteSource.Entry entry) {
        String roles = entry.authorRoles().stream().map(role -> Texts.text(faces, "role." + role.name()))
                .collect(Collectors.joining(", "));
        return "<p><strong>" + Html.escape(dates.full(entry.sentAt()) + " · " + roles + " · " + entry.authorName())
                + "</strong></p>" + entry.bodyHtml();
    }

    public String getQuickNote() {
        return quickNote;
    }

    public void setQuickNote(String quickNote) {
        this.quickNote = quickNote;
    }

    public String getQuickNoteClient() {
        return quickNoteClient;
    }

    public String getClientToShareTo() {
        return clientToShareTo;
    }

    public void setClientToShareTo(String clientToShareTo) {
        this.clientToShareTo = clientToShareTo;
    }
}
