package app.haven.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Sign-out, offered on every page: ends the authentication and the session. */
@Named("signOut")
@RequestScoped
public class SignOut {

    @Inject
    private ExternalContext external;

    public void submit() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + FormSignIn.SIGN_IN_PAGE + "?signedOut=true");
    }
}
