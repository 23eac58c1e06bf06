package app.haven.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;

/**
 * Hashes and checks passwords with the platform's PBKDF2 implementation, HMAC-SHA256, 600,000
 * iterations, 32-byte salt and key. Checking a missing hash still costs a full derivation, so an
 * unknown sign-in name takes as long to refuse as a wrong password.
 */
@ApplicationScoped
public class PasswordHashing {

    static final int ITERATIONS = 600_000;

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("not-a-password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /** True when the password matches the stored hash; false (after the same work) without one. */
    public boolean matches(char[] password, Optional<String> storedHash) {
        boolean matches = pbkdf2.verify(password, storedHash.orElse(decoy));
        return matches && storedHash.isPresent();
    }
}
