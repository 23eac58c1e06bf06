package app.haven.web.admin;

import app.haven.application.FailedNotification;
import app.haven.application.NotificationAdmin;
import app.haven.domain.shared.HavenRefusal;
import app.haven.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The outbox for the practice admin: how many e-mails wait, which failed, and "send again". */
@Named("outbox")
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient NotificationAdmin admin;

    @Inject
    private transient FacesContext faces;

    private long pending;
    private List<FailedNotification> failed = List.of();

    public void load() {
        pending = admin.pendingCount();
        failed = admin.failed();
    }

    public void resend(String id) {
        try {
            admin.resend(id);
            Texts.info(faces, "outbox.resent");
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
        load();
    }

    public long getPending() {
        return pending;
    }

    public List<FailedNotification> getFailed() {
        return failed;
    }
}
