package app.haven.domain.account;

import app.haven.domain.shared.HavenRefusal;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A person's default e-mail address, checked when it is saved: one plain address (RFC 822, no
 * display name), no line breaks or other control characters, so it can never inject a header
 * into the notification e-mail.
 */
public final class EmailAddress {

    private EmailAddress() {
    }

    public static String checked(String text) {
        if (text == null || text.chars().anyMatch(Character::isISOControl)) {
            throw invalid();
        }
        String address = text.strip();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address) || !address.contains("@")
                    || address.length() > 254) {
                throw invalid();
            }
            return address;
        } catch (AddressException notAnAddress) {
            throw invalid();
        }
    }

    private static HavenRefusal invalid() {
        return new HavenRefusal("refusal.email.invalid");
    }
}
