package app.haven.domain.thread;

import static app.haven.domain.thread.People.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.account.Account;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R1, R2, R15: who may write to whom, one row per sender and recipient. */
class AddressingTest {

    static Stream<Arguments> whoMayWriteToWhom() {
        return Stream.of(
                // staff write to anyone of their practice (R1)
                row("provider", PROVIDER, "another provider", OTHER_PROVIDER, null),
                row("provider", PROVIDER, "a client", CLIENT, null),
                row("provider", PROVIDER, "an inactive client", INACTIVE_CLIENT, null),
                row("front office", FRONT_OFFICE, "an external agent", EXTERNAL_AGENT, null),
                row("external agent", EXTERNAL_AGENT, "a client", CLIENT, null),
                row("biller", BILLER, "an admin", ADMIN, null),
                // nobody writes across practices or to disabled staff
                row("provider", PROVIDER, "staff of another practice", HARBOR_STAFF, "refusal.recipient.unknown"),
                row("provider", PROVIDER, "a client of another practice", HARBOR_CLIENT, "refusal.recipient.unknown"),
                row("client", CLIENT, "staff of another practice", HARBOR_STAFF, "refusal.recipient.unknown"),
                row("provider", PROVIDER, "disabled staff", DISABLED_STAFF, "refusal.recipient.unavailable"),
                // clients (R2)
                row("client", CLIENT, "their provider", PROVIDER, null),
                row("client", CLIENT, "a scheduler", SCHEDULER, null),
                row("client", CLIENT, "a biller", BILLER, null),
                row("client", CLIENT, "front office", FRONT_OFFICE, null),
                row("client", CLIENT, "a provider who also bills", PROVIDER_WHO_BILLS, null),
                row("client", CLIENT, "another client", OTHER_CLIENT, "refusal.recipient.otherClient"),
                row("client", CLIENT, "a provider not theirs", OTHER_PROVIDER, "refusal.recipient.notYourProvider"),
                row("client", CLIENT, "an external agent", EXTERNAL_AGENT, "refusal.recipient.notForClients"),
                row("client", CLIENT, "an admin", ADMIN, "refusal.recipient.notForClients"),
                // inactive clients (R15)
                row("inactive client", INACTIVE_CLIENT, "their provider", PROVIDER, "refusal.recipient.inactiveToProvider"),
                row("inactive client", INACTIVE_CLIENT, "a provider who also bills", PROVIDER_WHO_BILLS, "refusal.recipient.inactiveToProvider"),
                row("inactive client", INACTIVE_CLIENT, "a biller", BILLER, null),
                row("inactive client", INACTIVE_CLIENT, "front office", FRONT_OFFICE, null),
                row("inactive client", INACTIVE_CLIENT, "a scheduler", SCHEDULER, "refusal.recipient.inactiveOnlyBillingAndFrontOffice"),
                row("inactive client", INACTIVE_CLIENT, "another client", OTHER_CLIENT, "refusal.recipient.otherClient"));
    }

    @ParameterizedTest(name = "{0} -> {2}: {4}")
    @MethodSource
    void whoMayWriteToWhom(String sender, Account from, String recipient, Account to, String refusal) {
        assertThat(Addressing.refusal(from, to)).isEqualTo(Optional.ofNullable(refusal));
    }

    @Test
    void reactivatingAClientLetsThemWriteToTheirProviderAgain() {
        Account client = People.client(PROVIDER);
        client.deactivate();
        assertThat(Addressing.refusal(client, PROVIDER)).contains("refusal.recipient.inactiveToProvider");
        client.reactivate();
        assertThat(Addressing.refusal(client, PROVIDER)).isEmpty();
    }

    @Test
    void aMessageNeedsAtLeastOneRecipient() {
        assertThatThrownBy(() -> Addressing.check(PROVIDER, List.of()))
                .isInstanceOf(ThreadRefusal.class).hasMessageContaining("refusal.recipients.none");
    }

    @Test
    void oneRefusedRecipientRefusesTheWholeMessageAndNamesThemById() {
        assertThatThrownBy(() -> Addressing.check(CLIENT, List.of(PROVIDER, OTHER_CLIENT)))
                .isInstanceOfSatisfying(ThreadRefusal.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("refusal.recipient.otherClient");
                    assertThat(refusal.subjectId()).contains(OTHER_CLIENT.id().toString());
                });
    }

    @Test
    void anInactiveClientsReplyMayNotReachAProvider() {
        assertThatThrownBy(() -> Addressing.checkReply(INACTIVE_CLIENT, List.of(BILLER, PROVIDER)))
                .isInstanceOf(ThreadRefusal.class).hasMessageContaining("refusal.recipient.inactiveToProvider");
        Addressing.checkReply(INACTIVE_CLIENT, List.of(BILLER, FRONT_OFFICE));
        Addressing.checkReply(CLIENT, List.of(PROVIDER, EXTERNAL_AGENT));
    }

    private static Arguments row(String sender, Account from, String recipient, Account to, String refusal) {
        return Arguments.of(sender, from, recipient, to, refusal);
    }
}
