package app.haven.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.shared.HavenRefusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses are checked when saved, so none can inject a header into a notification. */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"carla@example.org", "front.office+haven@clinic.example", "  spaced@example.org  "})
    void plainAddressesAreKept(String address) {
        assertThat(EmailAddress.checked(address)).isEqualTo(address.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"carla@example.org\r\nBcc: all@example.org", "carla@example.org\nSubject: x",
        "Carla <carla@example.org>", "carla@example.org, dan@example.org", "not-an-address", "", "carla@",
        "@example.org", "carla@example.org\u0000"})
    void anythingElseIsRefused(String address) {
        assertThatThrownBy(() -> EmailAddress.checked(address))
                .isInstanceOfSatisfying(HavenRefusal.class, r -> assertThat(r.messageKey()).isEqualTo("refusal.email.invalid"));
    }
}
