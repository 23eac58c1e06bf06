package app.haven.web.security;

import app.haven.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form. One sentence for every failure, so it never tells which part was wrong. */
@Named("signIn")
@RequestScoped
public class SignInPage {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private ExternalContext external;

    private String username;
    private String password;

    /** Someone already signed in who opens the sign-in page goes to their mailbox. */
    public void redirectIfSignedIn() throws IOException {
        if (security.getCallerPrincipal() != null) {
            external.redirect(external.getRequestContextPath() + "/app/mailbox.xhtml");
        }
    }

    public void submit() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(DeepLink.takeOrHome(request));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> Texts.error(faces, "signIn.failed");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
