package app.haven.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Haven's form sign-in. A visitor who opens a protected page is sent to the sign-in page and the
 * page they wanted is remembered; the sign-in page validates the credentials through
 * {@code SecurityContext.authenticate}; the session then carries the caller: their id and groups,
 * given back to the container on every request.
 *
 * <p>Written by hand rather than with Soteria's {@code @CustomFormAuthenticationMechanismDefinition}:
 * its saved-request replay let the first request after sign-in reach EJBs without the caller's
 * groups. Here the sign-in page simply redirects to the remembered page, an ordinary new request.
 * Nor does it use {@code @AutoApplySession}: under concurrent requests Payara sometimes restores
 * the session's caller without their groups, and a signed-in person gets "Not available to you"
 * (payara/Payara#6145, seen here about once in a hundred requests on PostgreSQL). The session
 * keeps the caller's id and groups itself instead, and each request hands over both.
 */
@ApplicationScoped
public class FormSignIn implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";
    private static final String CALLER = FormSignIn.class.getName() + ".caller";

    /** Who is signed in, as the session keeps it: the account id and the role groups. */
    record SignedInCaller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return sendToSignIn(request, response, context);
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                               CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession().setAttribute(CALLER,
                    new SignedInCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        String signIn = request.getContextPath() + SIGN_IN_PAGE;
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            DeepLink.remember(request);
            return context.redirect(signIn);
        }
        // an Ajax request after the session ended: tell the Faces client to navigate
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
