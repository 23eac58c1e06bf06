package app.haven.infrastructure.storage;

import java.util.Base64;
import java.util.Optional;

/**
 * The key that encrypts attachments, from the setting {@code haven.attachments.key}: 32 random
 * bytes in Base64 ({@code openssl rand -base64 32}). There is no plaintext mode: without a valid
 * key Haven does not start.
 */
final class AttachmentKey {

    static final String SETTING = "haven.attachments.key";
    static final int BYTES = 32;
    static final String MISSING = SETTING + " is not set. Haven stores attachments encrypted and does not start"
            + " without a key: set it to 32 random bytes in Base64 (openssl rand -base64 32), e.g. the environment"
            + " variable HAVEN_ATTACHMENTS_KEY. Keep it safe: attachments cannot be read without it.";
    static final String INVALID = SETTING + " must be 32 bytes in Base64 (openssl rand -base64 32).";

    private AttachmentKey() {
    }

    static byte[] from(Optional<String> setting) {
        String text = setting.map(String::strip).filter(s -> !s.isEmpty()).orElseThrow(() -> new IllegalStateException(MISSING));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(INVALID);
        }
        if (key.length != BYTES) {
            throw new IllegalStateException(INVALID);
        }
        return key;
    }
}
