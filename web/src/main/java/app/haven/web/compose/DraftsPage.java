package app.haven.web.compose;

import app.haven.application.DraftSummary;
import app.haven.application.Drafting;
import app.haven.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Drafts folder: the signed-in person's drafts, last saved first; each opens in the composer. */
@Named("draftsPage")
@RequestScoped
public class DraftsPage {

    private static final String GROUP = "group:";

    @Inject
    private Drafting drafting;

    @Inject
    private FacesContext faces;

    @Inject
    @ConfigProperty(name = "haven.drafts.retention-days", defaultValue = "30")
    private int retentionDays;

    private List<DraftSummary> drafts;

    public int getRetentionDays() {
        return retentionDays;
    }

    public List<DraftSummary> getDrafts() {
        if (drafts == null) {
            drafts = drafting.mine();
        }
        return drafts;
    }

    /** Whom a draft is for, as the To field showed it. */
    public String recipients(DraftSummary draft) {
        return String.join(", ", draft.recipients().stream()
                .map(name -> name.startsWith(GROUP) ? Texts.text(faces, "group." + name.substring(GROUP.length())) : name)
                .toList());
    }
}
