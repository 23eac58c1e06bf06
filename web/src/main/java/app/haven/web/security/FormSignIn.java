package app.haven.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Haven's form sign-in. A visitor who opens a protected page is sent to the sign-in page and the
 * page they wanted is remembered; the sign-in page validates the credentials through
 * {@code SecurityContext.authenticate}; the session then carries the caller
 * ({@link AutoApplySession}).
 *
 * <p>Written by hand rather than with Soteria's {@code @CustomFormAuthenticationMechanismDefinition}:
 * its saved-request replay let the first request after sign-in reach EJBs without the caller's
 * groups. Here the sign-in page simply redirects to the remembered page, an ordinary new request.
 */
@ApplicationScoped
@AutoApplySession
public class FormSignIn implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return sendToSignIn(request, response, context);
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
