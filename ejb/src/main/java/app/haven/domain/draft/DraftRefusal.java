package app.haven.domain.draft;

import app.haven.domain.shared.HavenRefusal;

/** Refusals about drafts: a bundle key and the draft's id, never its content. */
public class DraftRefusal extends HavenRefusal {

    private static final long serialVersionUID = 1L;

    private DraftRefusal(String messageKey, Object draftId) {
        super(messageKey, draftId);
    }

    /** No such draft, or someone else's: the same answer. */
    public static DraftRefusal notAvailable(Object draftId) {
        return new DraftRefusal("refusal.draft.notAvailable", draftId);
    }

    /** Saved meanwhile from another window or tab: this copy would overwrite it. */
    public static DraftRefusal changedElsewhere(Object draftId) {
        return new DraftRefusal("refusal.draft.changedElsewhere", draftId);
    }

    public static DraftRefusal tooLong(Object draftId) {
        return new DraftRefusal("refusal.draft.tooLong", draftId);
    }
}
