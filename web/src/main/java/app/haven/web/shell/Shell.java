package app.haven.web.shell;

import app.haven.application.Directory;
import app.haven.application.Profile;
import app.haven.domain.account.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in person's frame: who they are and which look they get (staff or client portal).
 * Asks the directory once per request, and only for who they are: the look follows from the
 * caller's role, so that the page's tree, built again on every Ajax request, costs no query.
 */
@Named
@RequestScoped
public class Shell {

    private static final String STAFF_TEMPLATE = "/WEB-INF/templates/staff.xhtml";
    private static final String CLIENT_TEMPLATE = "/WEB-INF/templates/client.xhtml";

    @Inject
    private Directory directory;

    @Inject
    private FacesContext faces;

    private Profile profile;

    public Profile getProfile() {
        if (profile == null) {
            profile = directory.me();
        }
        return profile;
    }

    public String getTemplate() {
        return faces.getExternalContext().isUserInRole(Roles.CLIENT) ? CLIENT_TEMPLATE : STAFF_TEMPLATE;
    }
}
