package app.haven.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Translated sentences from the {@code Messages} bundle, for beans that add Faces messages. */
public final class Texts {

    public static final String BUNDLE = "app.haven.web.Messages";

    private Texts() {
    }

    public static String text(FacesContext faces, String key) {
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }

    public static void error(FacesContext faces, String key, Object... arguments) {
        String text = arguments.length == 0 ? text(faces, key) : java.text.MessageFormat.format(text(faces, key), arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(FacesContext faces, String key, Object... arguments) {
        String text = java.text.MessageFormat.format(text(faces, key), arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** An information that survives the redirect that follows the action. */
    public static void infoAfterRedirect(FacesContext faces, String key, Object... arguments) {
        info(faces, key, arguments);
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The sentence of a refused operation, for the person who asked. */
    public static void refused(FacesContext faces, app.haven.domain.shared.HavenRefusal refusal) {
        error(faces, refusal.messageKey(), refusal.arguments().toArray());
    }

    /** The translated sentence of a refusal, its arguments filled in. */
    public static String sentence(FacesContext faces, app.haven.domain.shared.HavenRefusal refusal) {
        String text = text(faces, refusal.messageKey());
        return refusal.arguments().isEmpty() ? text : java.text.MessageFormat.format(text, refusal.arguments().toArray());
    }
}
