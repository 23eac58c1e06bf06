package app.haven.web.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Signs an in-container test in as a demo person through Haven's own sign-in (mechanism, identity
 * store, PBKDF2), so that the EJBs called next see exactly the caller a browser session would.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String login) {
        HttpServletRequest request = TestExchange.request();
        signOut(request);
        SecurityContext security = CDI.current().select(SecurityContext.class).get();
        AuthenticationStatus status = security.authenticate(request, TestExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(login, new Password(DemoPeople.PASSWORD))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("could not sign in as " + login + ": " + status);
        }
    }

    /** Back to an anonymous caller: the next call is refused unless the use case is open to all. */
    public static void nobody() {
        signOut(TestExchange.request());
    }

    private static void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
