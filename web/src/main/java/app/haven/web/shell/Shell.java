package app.haven.web.shell;

import app.haven.application.Directory;
import app.haven.application.Profile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in person's frame: who they are and which look they get (staff or client portal).
 * Asks the directory once per request.
 */
@Named
@RequestScoped
public class Shell {

    private static final String STAFF_TEMPLATE = "/WEB-INF/templates/staff.xhtml";
    private static final String CLIENT_TEMPLATE = "/WEB-INF/templates/client.xhtml";

    @Inject
    private Directory directory;

    private Profile profile;

    public Profile getProfile() {
        if (profile == null) {
            profile = directory.me();
        }
        return profile;
    }

    public String getTemplate() {
        return getProfile().client() ? CLIENT_TEMPLATE : STAFF_TEMPLATE;
    }
}
