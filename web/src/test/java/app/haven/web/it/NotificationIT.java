package app.haven.web.it;

import static app.haven.web.it.Database.count;
import static app.haven.web.it.Database.idOf;
import static app.haven.web.it.Database.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haven.application.FailedNotification;
import app.haven.application.Messaging;
import app.haven.application.NotificationAdmin;
import app.haven.application.Outgoing;
import app.haven.domain.thread.ThreadId;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "A secure message is waiting" e-mails (SPEC R9) through a real SMTP server: GreenMail on
 * 127.0.0.1, started and stopped inside Payara by each test, at the port Haven is configured with.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private static final int SMTP_PORT = Integer.getInteger("haven.mail.port", 29025);
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private static final String EXPECTED_TEXT = """
            Hello,

            You have a new secure message waiting for you.

            For your privacy, the message is not included in this e-mail. To read it, sign in at:
            %s

            If you did not expect this e-mail, you can ignore it, or contact your practice.

            This is an automatic e-mail; replies to this address are not read.
            """;

    @Inject
    private Messaging messaging;

    @Inject
    private NotificationAdmin admin;

    @ArquillianResource
    private URL base;

    private GreenMail smtp;
    private final java.time.Instant testStarted = java.time.Instant.now().minusMillis(5);

    @Deployment
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void everyRecipientWhoCanSignInGetsExactlyOneEmailThatSaysNothingElse() throws Exception {
        startSmtp();
        String canary = "CANARY" + UUID.randomUUID().toString().substring(0, 8);
        String dan = idOf(DemoPeople.CLIENT_OF_TWO);
        Database.update("update account set display_name = ? where id = ?", "Dan " + canary, dan);
        try (LogCapture log = LogCapture.start()) {
            List<String> ids = send(DemoPeople.PROVIDER, canary + " subject", "<p>" + canary + " body</p>",
                    DemoPeople.BILLER, DemoPeople.FRONT_OFFICE, DemoPeople.CLIENT_OF_TWO, DemoPeople.CLIENT_WITHOUT_PORTAL);

            List<MimeMessage> mails = awaitMails(ids);

            assertThat(mails).extracting(NotificationIT::to).containsExactlyInAnyOrder(
                    "bill.biller@staff.example.org", "fiona.frontdesk@staff.example.org", "dan.client@clients.example.org");
            for (MimeMessage mail : mails) {
                assertThat(mail.getSubject()).isEqualTo("You have a new secure message");
                assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("no-reply@haven.test");
                assertThat(textPart(mail)).isEqualTo(EXPECTED_TEXT.formatted(portalUrl()));
                assertThat(GreenMailUtil.getWholeMessage(mail)).doesNotContain(canary).doesNotContain("Okafor")
                        .doesNotContain("Paul").doesNotContain("Dan").doesNotContain("Sunrise");
            }
            assertThat(log.lines()).noneMatch(line -> line.contains(canary));
        } finally {
            Database.update("update account set display_name = 'Dan Brooks' where id = ?", dan);
        }
        assertThat(newIds(DemoPeople.CLIENT_WITHOUT_PORTAL)).isEmpty();
        assertThat(newIds(DemoPeople.PROVIDER)).isEmpty();
    }

    @Test
    void repliesNotifyTheOtherParticipantsButNotTheirAuthor() throws Exception {
        startSmtp();
        ThreadId thread = messaging(DemoPeople.PROVIDER).send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(),
                "Next week", "<p>Monday?</p>"));
        awaitMails(newIds(DemoPeople.CLIENT));
        smtp.purgeEmailFromAllMailboxes();

        SignedIn.as(DemoPeople.CLIENT);
        messaging.reply(thread, "<p>Monday is fine</p>");

        List<MimeMessage> mails = awaitMails(newIds(DemoPeople.PROVIDER));
        assertThat(mails).extracting(NotificationIT::to).containsExactly("paul.provider@staff.example.org");
    }

    @Test
    void nothingIsLostWhileSmtpIsDownAndEachArrivesOnceWhenItIsBack() throws Exception {
        List<String> ids = new ArrayList<>();
        SignedIn.as(DemoPeople.SCHEDULER);
        for (int i = 0; i < 20; i++) {
            messaging.send(new Outgoing(List.of(idOf(DemoPeople.EXTERNAL_AGENT)), Set.of(), "Slot " + i, "<p>Free</p>"));
        }
        ids.addAll(newIds(DemoPeople.EXTERNAL_AGENT));
        assertThat(ids).hasSize(20);

        await().atMost(PATIENCE).until(() -> attemptsOf(ids) >= 20);
        assertThat(statusesOf(ids)).containsOnly("PENDING");

        startSmtp();
        List<MimeMessage> mails = awaitMails(ids);
        Thread.sleep(3_000); // a few more dispatcher runs: nothing may arrive twice
        List<String> delivered = Arrays.stream(smtp.getReceivedMessages()).map(NotificationIT::notificationId)
                .filter(ids::contains).toList();
        assertThat(delivered).hasSize(20).doesNotHaveDuplicates();
        assertThat(mails).hasSize(20);
        assertThat(statusesOf(ids)).containsOnly("SENT");
    }

    @Test
    void aPermanentRefusalEndsAsFailedAfterTheAllowedAttemptsAndCanBeSentAgain() throws Exception {
        smtp = RefusingSmtp.refusing("fiona.frontdesk@staff.example.org", setup());
        smtp.start();
        List<String> ids = send(DemoPeople.ADMIN, "Rota", "<p>New rota</p>", DemoPeople.FRONT_OFFICE);

        await().atMost(PATIENCE).until(() -> statusesOf(ids).equals(Set.of("FAILED")));
        assertThat(strings("select attempts || ':' || last_error from notification where id = ?", ids.get(0)))
                .containsExactly("3:550");

        SignedIn.as(DemoPeople.ADMIN);
        assertThat(admin.failed()).extracting(FailedNotification::id).contains(ids.get(0));
        smtp.stop();
        startSmtp();
        admin.resend(ids.get(0));
        assertThat(awaitMails(ids)).hasSize(1);
    }

    @Test
    @RunAsClient
    void operationsSeeReadinessAndTheOutboxBacklogWithoutSigningIn() {
        WebClient probe = new WebClient(base);
        WebClient.Page ready = probe.get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.response().body()).contains("\"database\"").contains("UP");
        WebClient.Page metrics = probe.get("metrics?scope=application");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.response().body()).contains("haven_outbox_pending").contains("haven_outbox_failed");
    }

    private void startSmtp() {
        smtp = new GreenMail(setup());
        smtp.start();
    }

    private static ServerSetup setup() {
        return new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    private List<String> send(String from, String subject, String body, String... to) {
        messaging(from).send(new Outgoing(Arrays.stream(to).map(Database::idOf).toList(), Set.of(), subject, body));
        return Arrays.stream(to).flatMap(login -> newIds(login).stream()).toList();
    }

    private Messaging messaging(String login) {
        SignedIn.as(login);
        return messaging;
    }

    /** The notifications of this person created since this test began. */
    private List<String> newIds(String login) {
        return strings("select id from notification where recipient_id = ? and created_at >= ?", idOf(login),
                java.sql.Timestamp.from(testStarted));
    }

    private List<MimeMessage> awaitMails(List<String> ids) {
        await().atMost(PATIENCE).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .map(NotificationIT::notificationId).filter(ids::contains).count() >= ids.size());
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> ids.contains(notificationId(m))).toList();
    }

    private static int attemptsOf(List<String> ids) {
        return ids.stream().mapToInt(id -> count("select attempts from notification where id = ?", id)).sum();
    }

    private static Set<String> statusesOf(List<String> ids) {
        return ids.stream().map(id -> strings("select status from notification where id = ?", id).get(0))
                .collect(Collectors.toSet());
    }

    private static String notificationId(MimeMessage mail) {
        try {
            String[] header = mail.getHeader("X-Haven-Notification");
            return header == null ? "" : header[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textPart(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        return ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    private static String portalUrl() {
        return System.getProperty("haven.portal.url", "http://127.0.0.1:8080/");
    }
}
