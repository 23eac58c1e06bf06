package app.haven.web.admin;

import app.haven.application.DraftPurgeAdmin;
import app.haven.application.PurgeRun;
import app.haven.domain.shared.HavenRefusal;
import app.haven.web.Texts;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The draft purge for practice admins: recent runs with start, end, status and counts; run now; restart a failed run. */
@Named("purgePage")
@RequestScoped
public class PurgePage {

    @Inject
    private DraftPurgeAdmin purge;

    @Inject
    private FacesContext faces;

    @Inject
    @ConfigProperty(name = "haven.drafts.retention-days", defaultValue = "30")
    private int retentionDays;

    @Inject
    @ConfigProperty(name = "haven.drafts.purge-time", defaultValue = "03:30")
    private String purgeTime;

    private List<PurgeRun> runs;

    public List<PurgeRun> getRuns() {
        if (runs == null) {
            runs = purge.recentRuns();
        }
        return runs;
    }

    public void runNow() {
        try {
            purge.runNow();
            Texts.info(faces, "purge.started");
        } catch (EJBException notStarted) {
            Texts.error(faces, "purge.notStarted");
        }
        runs = null;
    }

    public void restart(long executionId) {
        try {
            purge.restart(executionId);
            Texts.info(faces, "purge.started");
        } catch (EJBException notRestartable) {
            Texts.error(faces, "purge.notRestartable");
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
        runs = null;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public String getPurgeTime() {
        return purgeTime;
    }
}
