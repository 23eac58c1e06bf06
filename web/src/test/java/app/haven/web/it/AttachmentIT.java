package app.haven.web.it;

import static app.haven.web.it.Database.count;
import static app.haven.web.it.Database.idOf;
import static app.haven.web.it.Database.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.application.AttachmentView;
import app.haven.application.Conversations;
import app.haven.application.FileTransfer;
import app.haven.application.Messaging;
import app.haven.application.MessageView;
import app.haven.application.Outgoing;
import app.haven.domain.shared.HavenRefusal;
import app.haven.domain.thread.MessageId;
import app.haven.domain.thread.ThreadId;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments end to end (SPEC R5, R14): the size limit through the EJB and through a real HTTP
 * multipart post, files refused by content, encrypted storage, authorised and audited downloads,
 * integrity, and nothing left behind by a refusal, a rollback or a deletion.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentIT {

    private static final int MIB = 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A query of the frame's folder menu or badge: the unread counts (participation) or the drafts. */
    private static final Pattern MENU_QUERY = Pattern.compile("(?is)^\\s*select\\b.*\\b(participation|draft)\\b.*");

    @ArquillianResource
    private URL base;

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Inject
    private FileTransfer transfer;

    @Inject
    private Messaging messaging;

    @Inject
    private Conversations conversations;

    @Inject
    private RollbackProbe probe;

    @Deployment
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @Test
    void exactlyTenMebibytesAreAcceptedByTheEjbAndOneByteMoreIsRefusedLeavingNothing() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView accepted = transfer.upload("exactly-10.txt", new ByteArrayInputStream(text(10 * MIB)));
        assertThat(accepted.sizeBytes()).isEqualTo(10L * MIB);
        assertThat(accepted.contentType()).startsWith("text/plain");
        int rows = rows();
        List<String> files = storedFiles();

        assertThatThrownBy(() -> transfer.upload("one-too-many.txt", new ByteArrayInputStream(text(10 * MIB + 1))))
                .isInstanceOfSatisfying(HavenRefusal.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("refusal.attachment.tooLarge");
                    assertThat(refusal.arguments()).containsExactly("10");
                });
        assertThat(rows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void overHttpTenMebibytesAreAcceptedAndOneByteMoreGetsTheSentenceWithTheFileAndTheLimit() {
        WebClient provider = signedIn(DemoPeople.PROVIDER);
        WebClient.Page compose = provider.get("app/compose.xhtml");
        int rows = rows();
        List<String> files = storedFiles();

        WebClient.Page accepted = provider.upload(compose, "ten.txt", text(10 * MIB));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.document().select(".haven-file-name").eachText()).containsExactly("ten.txt");
        assertThat(rows()).isEqualTo(rows + 1);

        WebClient.Page refused = provider.upload(compose, "ten-and-one.txt", text(10 * MIB + 1));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("ten-and-one.txt: This file is too large: each file may be at most 10 MB.");
        assertThat(refused.document().select(".haven-file-name").eachText()).containsExactly("ten.txt");
        assertThat(rows()).isEqualTo(rows + 1);
        assertThat(storedFiles()).hasSize(files.size() + 1);

        // the page still takes files after a refused one: the refused file's rest was read off
        WebClient.Page next = provider.upload(compose, "scan.pdf", PDF);
        assertThat(next.document().select(".haven-file-name").eachText()).containsExactly("ten.txt", "scan.pdf");
    }

    @Test
    void anUploadReadsNothingForTheFolderMenuAndBadgeItDoesNotRender() {
        WebClient provider = signedIn(DemoPeople.PROVIDER);
        WebClient.Page compose = provider.get("app/compose.xhtml");
        assertThat(compose.document().select(".haven-folders .haven-folder-name")).as("the page has the folder menu").hasSize(5);

        List<String> sent = StatementCounter.everywhereDuring(em, () -> {
            WebClient.Page staged = provider.upload(compose, "menu.pdf", PDF);
            assertThat(staged.document().select(".haven-file-name").eachText()).containsExactly("menu.pdf");
        });

        assertThat(sent).as("the upload's own statements were seen").anyMatch(sql -> sql.toLowerCase().startsWith("insert into attachment"));
        assertThat(sent).noneMatch(sql -> MENU_QUERY.matcher(sql).matches());
    }

    @Test
    void aPostLargerThanAnyUploadIsRefusedAtOnceWithHttp413AndTheSentenceAndLeavesNothing() {
        WebClient provider = signedIn(DemoPeople.PROVIDER).speaking("es");
        WebClient.Page compose = provider.get("app/compose.xhtml");
        int rows = rows();
        List<String> files = storedFiles();

        WebClient.Page refused = provider.upload(compose, "huge.txt", text(15 * MIB));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.response().body()).startsWith("Este archivo es demasiado grande").contains("10 MB");
        assertThat(rows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void anUploadBrokenOffGetsTheSentenceAndLeavesNothing() {
        WebClient provider = signedIn(DemoPeople.PROVIDER);
        WebClient.Page compose = provider.get("app/compose.xhtml");
        int rows = rows();
        List<String> files = storedFiles();

        WebClient.Page broken = provider.uploadBrokenOff(compose, "notes.txt", text(300_000));

        assertThat(broken.text()).contains("notes.txt: The file did not arrive completely. Please try again.");
        assertThat(rows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void aFileRefusedOverHttpNamesTheFileAndTheRuleAndLeavesNothing() {
        WebClient provider = signedIn(DemoPeople.PROVIDER);
        WebClient.Page compose = provider.get("app/compose.xhtml");
        int rows = rows();

        WebClient.Page refused = provider.upload(compose, "invoice.pdf", windowsProgram());

        assertThat(refused.text()).contains("invoice.pdf: This type of file cannot be sent.");
        assertThat(refused.document().select(".haven-file-name")).isEmpty();
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void spoofedDangerousEmptyAndNamelessFilesAreRefusedByTheEjb() {
        SignedIn.as(DemoPeople.CLIENT);
        int rows = rows();
        List<String> files = storedFiles();
        assertRefused("report.pdf", windowsProgram(), "refusal.attachment.typeNotAccepted");
        assertRefused("scan.pdf", zip(), "refusal.attachment.typeNotAccepted");
        assertRefused("intake.docx", zip(), "refusal.attachment.nameDoesNotMatchContent");
        assertRefused("chart.png", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
                "refusal.attachment.typeNotAccepted");
        assertRefused("letter.txt", ascii("<html><script>alert(1)</script></html>"), "refusal.attachment.typeNotAccepted");
        assertRefused("photo.png", PDF, "refusal.attachment.nameDoesNotMatchContent");
        assertRefused("../../etc/passwd", ascii("root:x:0:0:root:/root:/bin/sh\n"), "refusal.attachment.nameDoesNotMatchContent");
        assertRefused("empty.txt", new byte[0], "refusal.attachment.empty");
        assertRefused("../..", PDF, "refusal.attachment.badName");
        assertThat(rows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(count("select count(*) from audit_event where action = 'REFUSED' and actor_id = ?"
                + " and detail like 'upload:refusal.attachment.%'", idOf(DemoPeople.CLIENT))).isGreaterThanOrEqualTo(9);
    }

    @Test
    void unsafeNamesAreStoredRenamedAndTheStoredBytesAreEncryptedUnderTheId() throws IOException {
        SignedIn.as(DemoPeople.PROVIDER);
        String marker = "Treatment plan CANARY-" + System.nanoTime();
        AttachmentView file = transfer.upload("..\\..\\plan\r\n\u202Etxt.pdf\u202C.txt", new ByteArrayInputStream(ascii(marker)));

        assertThat(file.fileName()).isEqualTo("plantxt.pdf.txt");
        assertThat(storedFiles()).contains(file.id());
        assertThat(new String(Files.readAllBytes(storage().resolve(file.id())), StandardCharsets.ISO_8859_1)).doesNotContain("CANARY");
        assertThat(strings("select detail from audit_event where subject_id = ?", file.id()))
                .allSatisfy(detail -> assertThat(detail == null ? "" : detail).doesNotContain("plan"));
    }

    @Test
    void theThreadsParticipantsDownloadTheFileAndNobodyElseCan() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView file = transfer.upload("Intake form é.pdf", new ByteArrayInputStream(PDF));
        ThreadId thread = messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Forms", "<p>Attached</p>",
                List.of(file.id())));
        assertThat(conversations.open(thread).messages().get(0).attachments()).extracting(AttachmentView::id).containsExactly(file.id());

        HttpResponse<byte[]> download = signedIn(DemoPeople.CLIENT).download("app/attachment?id=" + file.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"Intake form _.pdf\"; filename*=UTF-8''Intake%20form%20%C3%A9.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(count("select count(*) from audit_event where action = 'DOWNLOAD_ATTACHMENT' and actor_id = ? and subject_id = ?",
                idOf(DemoPeople.CLIENT), file.id())).isEqualTo(1);

        for (String outsider : List.of(DemoPeople.CLIENT_OF_TWO, DemoPeople.OTHER_PROVIDER, DemoPeople.OTHER_PRACTICE_ADMIN)) {
            HttpResponse<byte[]> refused = signedIn(outsider).download("app/attachment?id=" + file.id());
            assertThat(refused.statusCode()).as(outsider).isEqualTo(404);
            assertThat(new String(refused.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        }
        assertThat(signedIn(DemoPeople.CLIENT).download("app/attachment?id=not-an-id").statusCode()).isEqualTo(404);
        assertThat(new WebClient(base).download("app/attachment?id=" + file.id()).statusCode()).isNotEqualTo(200);
    }

    @Test
    void aStagedFileIsItsUploadersAloneUntilSent() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView staged = transfer.upload("draft.pdf", new ByteArrayInputStream(PDF));
        HttpResponse<byte[]> byClient = signedIn(DemoPeople.CLIENT).download("app/attachment?id=" + staged.id());
        assertThat(byClient.statusCode()).as(new String(byClient.body(), StandardCharsets.UTF_8)).isEqualTo(404);
        HttpResponse<byte[]> byUploader = signedIn(DemoPeople.PROVIDER).download("app/attachment?id=" + staged.id());
        assertThat(byUploader.statusCode()).as(byUploader.headers() + new String(byUploader.body(), StandardCharsets.UTF_8)).isEqualTo(200);

        SignedIn.as(DemoPeople.CLIENT);
        assertThatThrownBy(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.PROVIDER)), Set.of(), "Mine now", "<p>x</p>",
                List.of(staged.id())))).isInstanceOfSatisfying(HavenRefusal.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("refusal.attachment.notAvailable"));
        assertThatThrownBy(() -> transfer.discard(staged.id())).isInstanceOf(HavenRefusal.class);
        assertThat(count("select count(*) from attachment where id = ? and message_id is null", staged.id())).isEqualTo(1);
        assertThat(count("select count(*) from message_thread where subject = 'Mine now'")).isZero();
    }

    @Test
    void aFileTakenOffBeforeSendingIsGoneRowAndBytes() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView staged = transfer.upload("wrong.pdf", new ByteArrayInputStream(PDF));
        transfer.discard(staged.id());
        assertThat(count("select count(*) from attachment where id = ?", staged.id())).isZero();
        assertThat(storedFiles()).doesNotContain(staged.id());
    }

    @Test
    void aFlippedByteInStorageIsDetectedAndNothingIsHandedOut() throws IOException {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView file = transfer.upload("lab.pdf", new ByteArrayInputStream(PDF));
        messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Lab", "<p>Results</p>", List.of(file.id())));
        Path stored = storage().resolve(file.id());
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length - 20] ^= 0x01;
        Files.write(stored, bytes);

        HttpResponse<byte[]> download = signedIn(DemoPeople.CLIENT).download("app/attachment?id=" + file.id());

        assertThat(download.statusCode()).isEqualTo(500);
        String page = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("integrity check").contains(file.id()).doesNotContain("%PDF");
        assertThat(count("select count(*) from audit_event where action = 'REFUSED' and subject_id = ?"
                + " and detail = 'download:refusal.attachment.damaged'", file.id())).isEqualTo(1);
    }

    @Test
    void aFileDamagedPastItsFirstBytesEndsInAFailedDownloadNeverACompleteOne() throws IOException {
        AttachmentView file = sentScan();
        Path stored = storage().resolve(file.id());
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length * 7 / 10] ^= 0x01;
        Files.write(stored, bytes);

        assertDownloadFailsAndIsAudited(file);
    }

    @Test
    void aFileThatDecryptsButIsNotTheOneUploadedNeverArrivesWhole() {
        AttachmentView file = sentScan();
        Database.update("update attachment set sha256 = ? where id = ?", "0".repeat(64), file.id());

        assertDownloadFailsAndIsAudited(file);
    }

    /** A 1 MiB scan (four segments in storage), sent from the provider to the client. */
    private AttachmentView sentScan() {
        byte[] scan = new byte[1024 * 1024];
        new Random(5).nextBytes(scan);
        System.arraycopy(PDF, 0, scan, 0, PDF.length - 6);
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView file = transfer.upload("scan.pdf", new ByteArrayInputStream(scan));
        messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Scan", "<p>Scan</p>", List.of(file.id())));
        return file;
    }

    private void assertDownloadFailsAndIsAudited(AttachmentView file) {
        WebClient client = signedIn(DemoPeople.CLIENT);
        assertThatThrownBy(() -> client.download("app/attachment?id=" + file.id()))
                .as("the connection ends before the promised length").isInstanceOf(UncheckedIOException.class)
                .cause().as("at once, not after a timeout").isNotInstanceOf(HttpTimeoutException.class);
        assertThat(count("select count(*) from audit_event where action = 'REFUSED' and subject_id = ?"
                + " and detail = 'download:refusal.attachment.damaged'", file.id())).isEqualTo(1);
    }

    @Test
    void deletingAMessageOrAThreadDeletesItsFilesBytesForEveryone() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView first = transfer.upload("first.pdf", new ByteArrayInputStream(PDF));
        ThreadId thread = messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Two files", "<p>One</p>",
                List.of(first.id())));
        AttachmentView second = transfer.upload("second.pdf", new ByteArrayInputStream(PDF));
        MessageId reply = messaging.reply(thread, "<p>Two</p>", List.of(second.id()));

        conversations.deleteMessage(thread, reply);
        assertThat(count("select count(*) from attachment where id = ?", second.id())).isZero();
        assertThat(storedFiles()).doesNotContain(second.id()).contains(first.id());
        assertThat(conversations.open(thread).messages()).flatExtracting(MessageView::attachments)
                .extracting(AttachmentView::id).containsExactly(first.id());

        conversations.deleteThread(thread);
        assertThat(count("select count(*) from attachment where id = ?", first.id())).isZero();
        assertThat(storedFiles()).doesNotContain(first.id());
    }

    @Test
    void aRefusedDeletionKeepsTheFiles() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView file = transfer.upload("keep.pdf", new ByteArrayInputStream(PDF));
        ThreadId thread = messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Keep", "<p>Keep</p>",
                List.of(file.id())));
        MessageId message = MessageId.of(strings("select id from message where thread_id = ?", thread.toString()).get(0));

        SignedIn.as(DemoPeople.CLIENT);
        assertThatThrownBy(() -> conversations.deleteMessage(thread, message)).isInstanceOf(HavenRefusal.class);
        assertThat(count("select count(*) from attachment where id = ?", file.id())).isEqualTo(1);
        assertThat(storedFiles()).contains(file.id());
    }

    @Test
    void aTransactionThatFailsAfterTheUploadLeavesNeitherBytesNorRow() {
        SignedIn.as(DemoPeople.PROVIDER);
        int rows = rows();
        List<String> files = storedFiles();
        String[] id = new String[1];

        assertThatThrownBy(() -> probe.uploadThenFail("scan.pdf", PDF, id)).isInstanceOf(EJBException.class);

        assertThat(id[0]).isNotNull();
        assertThat(count("select count(*) from attachment where id = ?", id[0])).isZero();
        assertThat(rows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files).doesNotContain(id[0]);
    }

    private void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> transfer.upload(name, new ByteArrayInputStream(content))).as(name)
                .isInstanceOfSatisfying(HavenRefusal.class, refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    private WebClient signedIn(String login) {
        WebClient client = new WebClient(base);
        assertThat(client.signIn(login, DemoPeople.PASSWORD).status()).isEqualTo(302);
        return client;
    }

    private static int rows() {
        return count("select count(*) from attachment");
    }

    private static Path storage() {
        return Path.of(ConfigProvider.getConfig().getValue("haven.attachments.dir", String.class));
    }

    private static List<String> storedFiles() {
        try (Stream<Path> files = Files.list(storage())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] text(int size) {
        byte[] text = new byte[size];
        Arrays.fill(text, (byte) 'a');
        for (int i = 79; i < size; i += 80) {
            text[i] = '\n';
        }
        return text;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] windowsProgram() {
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    private static byte[] zip() {
        return new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0,
            'a', '.', 't', 'x', 't'};
    }
}
