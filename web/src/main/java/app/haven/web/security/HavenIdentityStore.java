package app.haven.web.security;

import app.haven.application.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Validates sign-in names and passwords against Haven's accounts. The caller principal's name is
 * the account id, so a principal in a log line or audit row never reveals who the person is.
 */
@ApplicationScoped
public class HavenIdentityStore implements IdentityStore {

    @Inject
    private SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn.attempt(credential.getCaller(), credential.getPassword().getValue())
                .map(who -> new CredentialValidationResult(new CallerPrincipal(who.principalName()), who.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
