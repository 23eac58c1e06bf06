package app.haven.domain.chart;

import static app.haven.domain.thread.People.ADMIN;
import static app.haven.domain.thread.People.BILLER;
import static app.haven.domain.thread.People.CLIENT;
import static app.haven.domain.thread.People.DISABLED_STAFF;
import static app.haven.domain.thread.People.EXTERNAL_AGENT;
import static app.haven.domain.thread.People.FRONT_OFFICE;
import static app.haven.domain.thread.People.HARBOR_CLIENT;
import static app.haven.domain.thread.People.HARBOR_STAFF;
import static app.haven.domain.thread.People.OTHER_CLIENT;
import static app.haven.domain.thread.People.OTHER_PROVIDER;
import static app.haven.domain.thread.People.PROVIDER;
import static app.haven.domain.thread.People.PROVIDER_WHO_BILLS;
import static app.haven.domain.thread.People.SCHEDULER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountKind;
import app.haven.domain.account.Listing;
import app.haven.domain.message.MessageBody;
import app.haven.domain.message.Subject;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.ThreadRefusal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may open a client's chart, and when a Quick Note may be written (R12, R13). */
class ChartRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final MessageBody BODY = MessageBody.sanitised("<p>Can we move Tuesday?</p>");

    static Stream<Arguments> chartAccess() {
        return Stream.of(
                Arguments.of("the client's own provider", PROVIDER, CLIENT, true),
                Arguments.of("a provider who also bills, of this client", PROVIDER_WHO_BILLS, OTHER_CLIENT, true),
                Arguments.of("another provider of the practice", OTHER_PROVIDER, CLIENT, false),
                Arguments.of("front office", FRONT_OFFICE, CLIENT, true),
                Arguments.of("scheduler", SCHEDULER, CLIENT, true),
                Arguments.of("biller", BILLER, CLIENT, true),
                Arguments.of("practice admin", ADMIN, CLIENT, true),
                Arguments.of("external agent", EXTERNAL_AGENT, CLIENT, false),
                Arguments.of("disabled staff", DISABLED_STAFF, CLIENT, false),
                Arguments.of("staff of another practice", HARBOR_STAFF, CLIENT, false),
                Arguments.of("front office, a client of another practice", FRONT_OFFICE, HARBOR_CLIENT, false),
                Arguments.of("a client, their own chart", CLIENT, CLIENT, false),
                Arguments.of("a client, another client's chart", OTHER_CLIENT, CLIENT, false),
                Arguments.of("staff, a staff member is no chart", FRONT_OFFICE, PROVIDER, false));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("chartAccess")
    void whoMayOpenAClientsChart(String who, Account staff, Account client, boolean allowed) {
        assertThat(ChartAccess.mayOpen(staff, client)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("chartAccess")
    void theClientListHoldsTheChartsTheStaffMemberMayOpen(String who, Account staff, Account client, boolean allowed) {
        boolean listed = ChartAccess.openableBy(staff, "").map(listing -> holds(listing, client)).orElse(false);
        assertThat(listed).as(who).isEqualTo(allowed);
    }

    @Test
    void theClientListFindsByAnyPartOfTheNameInAnyCase() {
        assertThat(ChartAccess.openableBy(FRONT_OFFICE, CLIENT.displayName().substring(1, 4).toUpperCase(Locale.ROOT)))
                .hasValueSatisfying(listing -> assertThat(holds(listing, CLIENT)).isTrue());
        assertThat(ChartAccess.openableBy(FRONT_OFFICE, "no such name"))
                .hasValueSatisfying(listing -> assertThat(holds(listing, CLIENT)).isFalse());
        assertThat(ChartAccess.openableBy(FRONT_OFFICE, "a\u0000"))
                .hasValueSatisfying(listing -> assertThat(listing.findsNobody()).isTrue());
    }

    /**
     * Whether the listing holds the account, as {@code Accounts.page} selects (ChartIT checks the
     * statement against the chart rule on the demo practice).
     */
    private static boolean holds(Listing listing, Account account) {
        return account.belongsTo(listing.practice())
                && listing.kind().map(kind -> kind == AccountKind.CLIENT ? account.isClient() : account.isStaff()).orElse(true)
                && listing.assignedTo().map(provider -> account.assignedProviders().contains(provider)).orElse(true)
                && !listing.findsNobody()
                && account.displayName().toLowerCase(Locale.ROOT).contains(listing.nameContains().toLowerCase(Locale.ROOT));
    }

    @Test
    void aProviderWritesAQuickNoteOfAOneClientThreadWithAnyNumberOfStaff() {
        MessageThread thread = MessageThread.start(PROVIDER, List.of(CLIENT, FRONT_OFFICE, BILLER), new Subject("Tuesday"), BODY, T0);

        ChartNote note = ChartNote.quickNote(PROVIDER, thread, CLIENT, MessageBody.sanitised("<p>Moved to Wed.</p>"), T0);

        assertThat(note.clientId()).isEqualTo(CLIENT.id());
        assertThat(note.threadId()).contains(thread.id().toString());
        assertThat(note.body().html()).isEqualTo("<p>Moved to Wed.</p>");
    }

    @Test
    void onlyProvidersWriteQuickNotes() {
        MessageThread thread = MessageThread.start(FRONT_OFFICE, List.of(CLIENT, PROVIDER), new Subject("Tuesday"), BODY, T0);
        assertThatThrownBy(() -> ChartNote.quickNote(FRONT_OFFICE, thread, CLIENT, BODY, T0))
                .hasMessageStartingWith("refusal.chart.quickNoteProvidersOnly");
    }

    @Test
    void aThreadWithTwoClientsGivesNoQuickNote() {
        MessageThread thread = MessageThread.start(PROVIDER, List.of(CLIENT, OTHER_CLIENT), new Subject("Group"), BODY, T0);
        assertThatThrownBy(() -> ChartNote.quickNote(PROVIDER, thread, CLIENT, BODY, T0))
                .hasMessageStartingWith("refusal.chart.quickNoteOneClientOnly");
    }

    @Test
    void aThreadWithoutAClientGivesNoQuickNote() {
        MessageThread thread = MessageThread.start(PROVIDER, List.of(FRONT_OFFICE), new Subject("Rota"), BODY, T0);
        assertThatThrownBy(() -> ChartNote.quickNote(PROVIDER, thread, CLIENT, BODY, T0))
                .hasMessageStartingWith("refusal.chart.quickNoteOneClientOnly");
    }

    @Test
    void aProviderOutsideTheThreadOrNotTheClientsProviderIsRefused() {
        MessageThread thread = MessageThread.start(FRONT_OFFICE, List.of(CLIENT, OTHER_PROVIDER), new Subject("Tuesday"), BODY, T0);
        assertThatThrownBy(() -> ChartNote.quickNote(PROVIDER, thread, CLIENT, BODY, T0)).isInstanceOf(ThreadRefusal.class);
        assertThatThrownBy(() -> ChartNote.quickNote(OTHER_PROVIDER, thread, CLIENT, BODY, T0))
                .hasMessageStartingWith("refusal.chart.notAvailable");
    }

    @Test
    void theNoteGoesToTheThreadsOwnClientOnly() {
        MessageThread thread = MessageThread.start(PROVIDER, List.of(CLIENT), new Subject("Tuesday"), BODY, T0);
        assertThatThrownBy(() -> ChartNote.quickNote(PROVIDER, thread, OTHER_CLIENT, BODY, T0))
                .hasMessageStartingWith("refusal.chart.clientNotInThread");
    }
}
