package app.haven.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.practice.PracticeId;
import java.util.EnumSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final PracticeId SUNRISE = PracticeId.random();
    private static final PracticeId HARBOR = PracticeId.random();
    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";

    static Stream<Arguments> whoMaySignIn() {
        return Stream.of(
                Arguments.of("enabled staff with a password", (Supplier<Account>) () -> provider(SUNRISE), true),
                Arguments.of("disabled staff", (Supplier<Account>) () -> disabled(provider(SUNRISE)), false),
                Arguments.of("staff without a password", (Supplier<Account>) () -> staffWithoutPassword(), false),
                Arguments.of("client with a portal account", (Supplier<Account>) () -> portalClient(), true),
                Arguments.of("inactive client with a portal account", (Supplier<Account>) () -> inactive(portalClient()), true),
                Arguments.of("client without a portal account", (Supplier<Account>) () -> clientWithoutPortal(), false));
    }

    @ParameterizedTest(name = "{0}: may sign in = {2}")
    @MethodSource
    void whoMaySignIn(String who, Supplier<Account> account, boolean maySignIn) {
        assertThat(account.get().maySignIn()).isEqualTo(maySignIn);
    }

    @Test
    void aClientActsOnlyAsClient() {
        Account client = portalClient();
        assertThat(client.roles()).containsExactly(Role.CLIENT);
        assertThat(client.groups()).containsExactly("CLIENT");
    }

    @Test
    void staffActInEveryRoleTheyHold() {
        Account hank = Account.staff(HARBOR, "hank", "Hank", "hank@example.org",
                EnumSet.of(Role.PROVIDER, Role.PRACTICE_ADMIN));
        assertThat(hank.groups()).containsExactlyInAnyOrder("PROVIDER", "PRACTICE_ADMIN");
    }

    @Test
    void staffCannotHoldTheClientRoleOrNoRoleAtAll() {
        assertThatThrownBy(() -> Account.staff(SUNRISE, "x", "X", "x@example.org", EnumSet.of(Role.CLIENT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.staff(SUNRISE, "x", "X", "x@example.org", EnumSet.noneOf(Role.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientIsAssignedOnlyProvidersOfTheirOwnPractice() {
        Account client = portalClient();
        Account ownProvider = provider(SUNRISE);
        client.assignProvider(ownProvider);
        assertThat(client.assignedProviders()).containsExactly(ownProvider.id());

        assertThatThrownBy(() -> client.assignProvider(provider(HARBOR))).isInstanceOf(IllegalArgumentException.class);
        Account biller = Account.staff(SUNRISE, "b", "B", "b@example.org", EnumSet.of(Role.BILLER));
        assertThatThrownBy(() -> client.assignProvider(biller)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loginsAreCanonicalSoCaseAndSpacesDoNotMatter() {
        Account account = Account.staff(SUNRISE, "  Paul.Provider ", "Paul", "p@example.org", EnumSet.of(Role.PROVIDER));
        assertThat(account.login()).isEqualTo("paul.provider");
        assertThat(Logins.canonical("PAUL.provider")).isEqualTo(account.login());
    }

    @Test
    void reactivatingAClientRestoresTheActiveStatus() {
        Account client = inactive(portalClient());
        assertThat(client.clientStatus()).contains(ClientStatus.INACTIVE);
        client.reactivate();
        assertThat(client.clientStatus()).contains(ClientStatus.ACTIVE);
    }

    private static Account provider(PracticeId practice) {
        Account account = Account.staff(practice, "p" + PracticeId.random(), "P", "p@example.org", EnumSet.of(Role.PROVIDER));
        account.changePassword(HASH);
        return account;
    }

    private static Account staffWithoutPassword() {
        return Account.staff(SUNRISE, "s", "S", "s@example.org", EnumSet.of(Role.SCHEDULER));
    }

    private static Account portalClient() {
        Account client = Account.client(SUNRISE, "c", "C", "c@example.org");
        client.grantPortalAccount(HASH);
        return client;
    }

    private static Account clientWithoutPortal() {
        return Account.client(SUNRISE, "n", "N", "n@example.org");
    }

    private static Account disabled(Account account) {
        account.disable();
        return account;
    }

    private static Account inactive(Account client) {
        client.deactivate();
        return client;
    }
}
