package app.haven.web.compose;

import app.haven.application.DraftInput;
import app.haven.application.DraftView;
import app.haven.application.Drafting;
import app.haven.application.SavedDraft;
import app.haven.domain.shared.HavenRefusal;
import app.haven.web.Texts;
import app.haven.web.shell.Dates;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The draft behind the compose page (R6): reopens one, saves by hand (Save draft) and every few
 * seconds while the person writes (only when something changed), and deletes it. The page's copy
 * remembers the version it saved: if another tab saved meanwhile, the save is refused with a
 * sentence instead of overwriting.
 */
@Named("draft")
@ViewScoped
public class DraftKeeper implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComposePage compose;

    @Inject
    private transient Drafting drafting;

    @Inject
    private transient FacesContext faces;

    @Inject
    private transient Dates dates;

    private String idParameter;
    private String id;
    private long version;
    private Instant savedAt;
    private ComposePage.Content saved;
    private boolean conflict;

    /** View action: reopens the draft named in the URL. */
    public void resume() {
        if (idParameter == null) {
            saved = compose.content();
            return;
        }
        try {
            DraftView view = drafting.open(idParameter);
            compose.restore(view.recipients(), view.subject(), view.bodyHtml(), view.attachments());
            id = view.id();
            version = view.version();
            savedAt = view.savedAt();
            saved = compose.content();
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
    }

    /** Save draft. */
    public void save() {
        if (store()) {
            Texts.info(faces, "draft.saved", getTimeSaved());
        }
    }

    /** Called by the page every few seconds while the person is active: saves only what changed. */
    public void autosave() {
        if (!conflict && !compose.isSent() && !compose.content().equals(saved)) {
            store();
        }
    }

    /** Delete draft: the draft and its files go, for good; so do files uploaded for an unsaved one. */
    public void delete() throws IOException {
        try {
            if (id != null) {
                drafting.delete(id, version);
            } else {
                compose.getAttachments().discardAll();
            }
            Texts.infoAfterRedirect(faces, "draft.deleted");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/app/drafts.xhtml");
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
    }

    private boolean store() {
        ComposePage.Content content = compose.content();
        try {
            SavedDraft result = drafting.save(new DraftInput(id, version, content.recipients(), content.subject(),
                    content.body(), content.attachmentIds()));
            id = result.id();
            version = result.version();
            savedAt = result.savedAt();
            saved = content;
            return true;
        } catch (HavenRefusal refusal) {
            if (id != null && "refusal.draft.notAvailable".equals(refusal.messageKey())) {
                // deleted, sent or purged elsewhere while this page was open: keep the text as a new draft
                id = null;
                version = 0;
                Texts.info(faces, "draft.savedAgain");
                return store();
            }
            conflict = "refusal.draft.changedElsewhere".equals(refusal.messageKey());
            Texts.refused(faces, refusal);
            return false;
        }
    }

    /** "Draft saved at 10:42", or nothing before the first save. */
    public String getStatus() {
        return savedAt == null ? "" : MessageFormat.format(Texts.text(faces, "draft.savedAt"), getTimeSaved());
    }

    private String getTimeSaved() {
        return dates.time(savedAt);
    }

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** How often the page saves while the person writes ({@code haven.drafts.autosave-seconds}). */
    public int getAutosaveSeconds() {
        return ConfigProvider.getConfig().getOptionalValue("haven.drafts.autosave-seconds", Integer.class).orElse(30);
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }
}
