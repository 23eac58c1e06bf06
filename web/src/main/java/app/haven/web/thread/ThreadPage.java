package app.haven.web.thread;

import app.haven.application.Conversations;
import app.haven.application.MessageView;
import app.haven.application.Messaging;
import app.haven.application.ParticipantView;
import app.haven.application.ThreadView;
import app.haven.domain.shared.HavenRefusal;
import app.haven.domain.thread.MessageId;
import app.haven.domain.thread.ThreadId;
import app.haven.web.Texts;
import app.haven.web.attachment.StagedFiles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A thread (R10, R11, R14): opening it marks it read; the reply box appears only when the rules
 * allow, otherwise a sentence says why; staff see delete buttons where R14 lets them delete.
 */
@Named("threadPage")
@ViewScoped
public class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Conversations conversations;

    @Inject
    private transient Messaging messaging;

    @Inject
    private transient FacesContext faces;

    @Inject
    private StagedFiles attachments;

    private String idParameter;
    private ThreadId id;
    private String subject;
    private List<MessageView> messages = List.of();
    private List<ParticipantView> participants = List.of();
    private String replyRefusal;
    private boolean mayDeleteThread;
    private List<ParticipantView> shareClients = List.of();
    private boolean mayQuickNote;
    private boolean available;
    private String reply;

    /** View action: opens the thread named in the URL, or says it is not available. */
    public void open() {
        Optional<ThreadId> parsed = ThreadId.parse(idParameter);
        if (parsed.isEmpty()) {
            Texts.error(faces, "refusal.thread.notAvailable");
            return;
        }
        id = parsed.get();
        load();
    }

    public void sendReply() {
        try {
            messaging.reply(id, reply, attachments.ids());
            attachments.sent();
            reply = null;
            Texts.info(faces, "thread.replySent");
            load();
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
    }

    public void deleteMessage(String messageId) {
        try {
            conversations.deleteMessage(id, MessageId.of(messageId));
            Texts.info(faces, "thread.messageDeleted");
            load();
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
    }

    public void deleteThread() throws IOException {
        try {
            conversations.deleteThread(id);
            Texts.infoAfterRedirect(faces, "thread.threadDeleted");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/app/mailbox.xhtml");
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
    }

    /** Shows the thread as it is now (after a change made from this page). */
    public void refresh() {
        load();
    }

    private void load() {
        try {
            ThreadView view = conversations.open(id);
            subject = view.subject();
            messages = view.messages();
            participants = view.participants();
            replyRefusal = view.replyRefusal().orElse(null);
            mayDeleteThread = view.mayDeleteThread();
            shareClients = view.shareClients();
            mayQuickNote = view.mayQuickNote();
            available = true;
        } catch (HavenRefusal refusal) {
            available = false;
            messages = List.of();
            Texts.refused(faces, refusal);
        }
    }

    public StagedFiles getAttachments() {
        return attachments;
    }

    public ThreadId getThreadId() {
        return id;
    }

    /** The thread's clients to whose Docs &amp; Forms the reader may share its files. */
    public List<ParticipantView> getShareClients() {
        return shareClients;
    }

    public boolean isMayQuickNote() {
        return mayQuickNote;
    }

    public boolean isAvailable() {
        return available;
    }

    public String getSubject() {
        return subject;
    }

    public List<MessageView> getMessages() {
        return messages;
    }

    public List<ParticipantView> getParticipants() {
        return participants;
    }

    public boolean isMayReply() {
        return available && replyRefusal == null;
    }

    public String getReplyRefusal() {
        return replyRefusal;
    }

    public boolean isMayDeleteThread() {
        return mayDeleteThread;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }
}
