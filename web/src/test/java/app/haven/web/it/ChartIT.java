package app.haven.web.it;

import static app.haven.web.it.Database.count;
import static app.haven.web.it.Database.idOf;
import static app.haven.web.it.Database.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.application.AttachmentView;
import app.haven.application.ClientChartView;
import app.haven.application.ClientCharts;
import app.haven.application.ClientSummary;
import app.haven.application.Conversations;
import app.haven.application.FileTransfer;
import app.haven.application.Messaging;
import app.haven.application.Outgoing;
import app.haven.application.QuickNoteSource;
import app.haven.application.ThreadView;
import app.haven.domain.shared.HavenRefusal;
import app.haven.domain.thread.ThreadId;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client chart through the EJB (R12, R13): sharing a thread's file to Docs &amp; Forms and
 * taking it back, the Quick Note, and every refusal, each audited with ids only and changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ChartIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    private URL base;

    @Inject
    private ClientCharts charts;

    @Inject
    private Messaging messaging;

    @Inject
    private Conversations conversations;

    @Inject
    private FileTransfer transfer;

    @Deployment
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @Test
    void aSharedFileIsInDocsAndFormsForTheCareTeamAndCanBeTakenBackFromThere() {
        String carla = idOf(DemoPeople.CLIENT);
        Sent sent = sendWithFile(DemoPeople.PROVIDER, "Consent " + unique(), DemoPeople.CLIENT);
        ThreadView before = conversations.open(sent.thread());
        assertThat(before.shareClients()).extracting(p -> p.accountId()).containsExactly(carla);

        charts.share(sent.file(), carla);
        charts.share(sent.file(), carla);

        assertThat(conversations.open(sent.thread()).messages().get(0).attachments().get(0).sharedTo())
                .singleElement().satisfies(share -> {
                    assertThat(share.clientName()).isEqualTo("Carla Diaz");
                    assertThat(share.sharedByName()).isEqualTo("Dr. Paul Okafor");
                });
        SignedIn.as(DemoPeople.FRONT_OFFICE);
        ClientChartView chart = charts.open(carla);
        assertThat(chart.documents()).filteredOn(d -> d.attachmentId().equals(sent.file())).singleElement()
                .satisfies(doc -> {
                    assertThat(doc.sharedByName()).isEqualTo("Dr. Paul Okafor");
                    assertThat(doc.threadId()).isEqualTo(sent.thread().toString());
                });
        WebClient frontOffice = new WebClient(base);
        frontOffice.signIn(DemoPeople.FRONT_OFFICE, DemoPeople.PASSWORD);
        assertThat(frontOffice.download("app/attachment?id=" + sent.file()).statusCode()).isEqualTo(200);

        charts.unshare(sent.file(), carla);

        assertThat(charts.open(carla).documents()).noneMatch(d -> d.attachmentId().equals(sent.file()));
        assertThat(frontOffice.download("app/attachment?id=" + sent.file()).statusCode()).isEqualTo(404);
        assertThat(strings("select action from audit_event where subject_id = ? order by occurred_at", sent.file()))
                .containsSubsequence("SHARE_TO_CHART", "UNSHARE_FROM_CHART");
        assertThat(count("select count(*) from audit_event where action = 'SHARE_TO_CHART' and subject_id = ?", sent.file()))
                .as("sharing twice is one share").isEqualTo(1);
    }

    @Test
    void inAThreadWithTwoClientsStaffChooseWhichChartOnlyAmongThem() {
        Sent sent = sendWithFile(DemoPeople.PROVIDER, "Group " + unique(), DemoPeople.CLIENT, DemoPeople.CLIENT_OF_TWO);
        assertThat(conversations.open(sent.thread()).shareClients()).extracting(p -> p.displayName())
                .containsExactlyInAnyOrder("Carla Diaz", "Dan Brooks");

        charts.share(sent.file(), idOf(DemoPeople.CLIENT_OF_TWO));

        assertThat(count("select count(*) from chart_document where attachment_id = ? and client_id = ?", sent.file(),
                idOf(DemoPeople.CLIENT_OF_TWO))).isEqualTo(1);
        assertRefused(() -> charts.share(sent.file(), idOf(DemoPeople.INACTIVE_CLIENT)), "refusal.chart.notAvailable");
    }

    @Test
    void sharingToAClientWhoIsNotInTheThreadIsRefused() {
        Sent sent = sendWithFile(DemoPeople.PROVIDER, "Carla only " + unique(), DemoPeople.CLIENT);
        int documents = count("select count(*) from chart_document");

        assertRefused(() -> charts.share(sent.file(), idOf(DemoPeople.CLIENT_OF_TWO)), "refusal.chart.clientNotInThread");

        assertThat(count("select count(*) from chart_document")).isEqualTo(documents);
        assertThat(count("select count(*) from audit_event where action = 'REFUSED' and actor_id = ?"
                + " and detail = 'share:refusal.chart.clientNotInThread'", idOf(DemoPeople.PROVIDER))).isPositive();
    }

    @Test
    void anExternalAgentInTheThreadCannotShareNorOpenTheChart() {
        Sent sent = sendWithFile(DemoPeople.PROVIDER, "With agent " + unique(), DemoPeople.CLIENT, DemoPeople.EXTERNAL_AGENT);
        SignedIn.as(DemoPeople.EXTERNAL_AGENT);
        assertThat(conversations.open(sent.thread()).shareClients()).isEmpty();
        assertThat(charts.clients("", 0, 100)).isEmpty();
        assertRefused(() -> charts.share(sent.file(), idOf(DemoPeople.CLIENT)), "refusal.chart.notAvailable");
        assertRefused(() -> charts.open(idOf(DemoPeople.CLIENT)), "refusal.chart.notAvailable");
    }

    @Test
    void staffOfAnotherPracticeGetNothing() {
        Sent sent = sendWithFile(DemoPeople.PROVIDER, "Sunrise " + unique(), DemoPeople.CLIENT);
        SignedIn.as(DemoPeople.OTHER_PRACTICE_ADMIN);
        assertThat(charts.clients("", 0, 100)).extracting(ClientSummary::displayName).containsExactly("Holly Reyes");
        assertRefused(() -> charts.open(idOf(DemoPeople.CLIENT)), "refusal.chart.notAvailable");
        assertRefused(() -> charts.share(sent.file(), idOf(DemoPeople.CLIENT)), "refusal.attachment.notAvailable");
        assertRefused(() -> charts.unshare(sent.file(), idOf(DemoPeople.CLIENT)), "refusal.chart.notAvailable");
        assertRefused(() -> charts.quickNoteSource(sent.thread()), "refusal.thread.notAvailable");
        assertRefused(() -> charts.writeQuickNote(sent.thread(), "<p>x</p>"), "refusal.thread.notAvailable");
    }

    @Test
    void aClientCallingTheChartEjbIsRefusedEverything() {
        Sent sent = sendWithFile(DemoPeople.PROVIDER, "To Carla " + unique(), DemoPeople.CLIENT);
        SignedIn.as(DemoPeople.CLIENT);
        int notes = count("select count(*) from chart_note");
        assertThat(charts.clients("", 0, 100)).isEmpty();
        assertThat(conversations.open(sent.thread()).shareClients()).isEmpty();
        assertThat(conversations.open(sent.thread()).mayQuickNote()).isFalse();
        assertRefused(() -> charts.open(idOf(DemoPeople.CLIENT)), "refusal.chart.notAvailable");
        assertRefused(() -> charts.share(sent.file(), idOf(DemoPeople.CLIENT)), "refusal.chart.notAvailable");
        assertRefused(() -> charts.writeQuickNote(sent.thread(), "<p>My own note</p>"), "refusal.chart.quickNoteProvidersOnly");
        assertThat(count("select count(*) from chart_note")).isEqualTo(notes);
        assertThat(count("select count(*) from audit_event where action = 'REFUSED' and actor_id = ? and detail like '%refusal.chart.%'",
                idOf(DemoPeople.CLIENT))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aProviderTurnsAOneClientThreadIntoAChartNoteLinkedBackToIt() {
        String subject = "Sleep " + unique();
        ThreadId thread = send(DemoPeople.PROVIDER, subject, "<p>How was the week?</p>", DemoPeople.CLIENT, DemoPeople.FRONT_OFFICE);
        SignedIn.as(DemoPeople.CLIENT);
        messaging.reply(thread, "<p>Better <em>sleep</em>.</p>");
        SignedIn.as(DemoPeople.PROVIDER);
        assertThat(conversations.open(thread).mayQuickNote()).isTrue();

        QuickNoteSource source = charts.quickNoteSource(thread);
        assertThat(source.clientName()).isEqualTo("Carla Diaz");
        assertThat(source.entries()).extracting(QuickNoteSource.Entry::authorName).containsExactly("Dr. Paul Okafor", "Carla Diaz");
        assertThat(source.entries()).extracting(QuickNoteSource.Entry::bodyHtml)
                .containsExactly("<p>How was the week?</p>", "<p>Better <em>sleep</em>.</p>");

        String noteId = charts.writeQuickNote(thread, "<p>Reports better sleep.</p><script>alert(1)</script>");

        ClientChartView chart = charts.open(idOf(DemoPeople.CLIENT));
        assertThat(chart.notes().get(0)).satisfies(note -> {
            assertThat(note.id()).isEqualTo(noteId);
            assertThat(note.bodyHtml()).isEqualTo("<p>Reports better sleep.</p>");
            assertThat(note.threadId()).isEqualTo(thread.toString());
            assertThat(note.authorName()).isEqualTo("Dr. Paul Okafor");
        });
        assertThat(count("select count(*) from audit_event where action = 'WRITE_CHART_NOTE' and subject_id = ? and detail = ?",
                noteId, "thread:" + thread)).isEqualTo(1);

        conversations.deleteThread(thread);
        assertThat(charts.open(idOf(DemoPeople.CLIENT)).notes()).filteredOn(n -> n.id().equals(noteId))
                .singleElement().satisfies(note -> assertThat(note.threadId()).isNull());
    }

    @Test
    void onlyProvidersWriteQuickNotes() {
        ThreadId thread = send(DemoPeople.FRONT_OFFICE, "Forms " + unique(), "<p>Please bring your card</p>", DemoPeople.CLIENT);
        assertThat(conversations.open(thread).mayQuickNote()).isFalse();
        int notes = count("select count(*) from chart_note");
        assertRefused(() -> charts.quickNoteSource(thread), "refusal.chart.quickNoteProvidersOnly");
        assertRefused(() -> charts.writeQuickNote(thread, "<p>note</p>"), "refusal.chart.quickNoteProvidersOnly");
        assertThat(count("select count(*) from chart_note")).isEqualTo(notes);
    }

    @Test
    void aThreadWithTwoClientsOffersNoQuickNoteAndTheServerRefusesIt() {
        ThreadId thread = send(DemoPeople.PROVIDER, "Group " + unique(), "<p>Group session moved</p>", DemoPeople.CLIENT,
                DemoPeople.CLIENT_OF_TWO);
        assertThat(conversations.open(thread).mayQuickNote()).isFalse();
        int notes = count("select count(*) from chart_note");
        assertRefused(() -> charts.writeQuickNote(thread, "<p>note</p>"), "refusal.chart.quickNoteOneClientOnly");
        assertThat(count("select count(*) from chart_note")).isEqualTo(notes);
        assertThat(count("select count(*) from audit_event where action = 'REFUSED' and subject_id = ?"
                + " and detail = 'writeQuickNote:refusal.chart.quickNoteOneClientOnly'", thread.toString())).isEqualTo(1);
    }

    @Test
    void theChartListsOnlyClientsTheStaffMemberCaresFor() {
        SignedIn.as(DemoPeople.OTHER_PROVIDER);
        assertThat(charts.clients("", 0, 100)).extracting(ClientSummary::displayName).containsExactlyInAnyOrder("Dan Brooks", "Ivy Turner");
        assertRefused(() -> charts.open(idOf(DemoPeople.CLIENT)), "refusal.chart.notAvailable");
        SignedIn.as(DemoPeople.BILLER);
        assertThat(charts.clients("", 0, 100)).extracting(ClientSummary::displayName)
                .contains("Carla Diaz", "Dan Brooks", "Ivy Turner", "Nora Fischer").doesNotContain("Holly Reyes");
    }

    @Test
    void theClientListIsReadInPagesByNameAndFoundByAnyPartOfTheName() {
        SignedIn.as(DemoPeople.BILLER);
        long clients = charts.clientCount("");
        List<ClientSummary> whole = charts.clients("", 0, 100);
        List<ClientSummary> inPagesOfTwo = Pages.readInPagesOf(2, clients, (first, max) -> charts.clients("", first, max));

        assertThat(whole).hasSize((int) clients).extracting(ClientSummary::displayName)
                .contains("Carla Diaz", "Dan Brooks", "Ivy Turner", "Nora Fischer").doesNotContain("Holly Reyes", "Bill Novak");
        assertThat(inPagesOfTwo).as("the same order on every page, nobody twice or left out").isEqualTo(whole);
        assertThat(charts.clients("RL", 0, 25)).extracting(ClientSummary::displayName).containsExactly("Carla Diaz");
        assertThat(charts.clients("turn", 0, 25)).singleElement().satisfies(ivy -> assertThat(ivy.inactive()).isTrue());
        SignedIn.as(DemoPeople.OTHER_PROVIDER);
        assertThat(charts.clientCount("")).as("only the clients Dr. Chen is assigned to").isEqualTo(2);
        assertThat(charts.clients("", 0, 25)).extracting(ClientSummary::displayName).containsExactly("Dan Brooks", "Ivy Turner");
        assertThat(charts.clients("carla", 0, 25)).isEmpty();
        assertThat(charts.clients("", 1, 25)).extracting(ClientSummary::displayName).containsExactly("Ivy Turner");
        SignedIn.as(DemoPeople.EXTERNAL_AGENT);
        assertThat(charts.clientCount("")).isZero();
    }

    @Test
    void theClientListHoldsExactlyTheChartsEachStaffMemberMayOpen() {
        List<String> demoClients = Stream.of(DemoPeople.CLIENT, DemoPeople.CLIENT_OF_TWO,
                DemoPeople.INACTIVE_CLIENT, DemoPeople.CLIENT_WITHOUT_PORTAL, DemoPeople.OTHER_PRACTICE_CLIENT).map(Database::idOf).toList();
        for (String staff : List.of(DemoPeople.PROVIDER, DemoPeople.OTHER_PROVIDER, DemoPeople.FRONT_OFFICE, DemoPeople.SCHEDULER,
                DemoPeople.BILLER, DemoPeople.ADMIN, DemoPeople.EXTERNAL_AGENT, DemoPeople.OTHER_PRACTICE_ADMIN)) {
            SignedIn.as(staff);
            Set<String> listed = charts.clients("", 0, 100).stream().map(ClientSummary::id).filter(demoClients::contains)
                    .collect(Collectors.toSet());
            Set<String> openable = demoClients.stream().filter(this::opens).collect(Collectors.toSet());
            assertThat(listed).as(staff).isEqualTo(openable);
        }
    }

    private boolean opens(String clientId) {
        try {
            charts.open(clientId);
            return true;
        } catch (HavenRefusal refused) {
            return false;
        }
    }

    private record Sent(ThreadId thread, String file) {
    }

    private Sent sendWithFile(String from, String subject, String... to) {
        SignedIn.as(from);
        AttachmentView file = transfer.upload("form.pdf", new ByteArrayInputStream(PDF));
        ThreadId thread = messaging.send(new Outgoing(java.util.Arrays.stream(to).map(Database::idOf).toList(), Set.of(), subject,
                "<p>Attached</p>", List.of(file.id())));
        return new Sent(thread, file.id());
    }

    private ThreadId send(String from, String subject, String body, String... to) {
        SignedIn.as(from);
        return messaging.send(new Outgoing(java.util.Arrays.stream(to).map(Database::idOf).toList(), Set.of(), subject, body));
    }

    private static void assertRefused(Runnable operation, String key) {
        assertThatThrownBy(operation::run).isInstanceOfSatisfying(HavenRefusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
