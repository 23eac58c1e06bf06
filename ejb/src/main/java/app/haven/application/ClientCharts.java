package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.ClientStatus;
import app.haven.domain.account.Listing;
import app.haven.domain.account.Roles;
import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.attachment.AttachmentRefusal;
import app.haven.domain.attachment.Attachments;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.chart.ChartAccess;
import app.haven.domain.chart.ChartDocument;
import app.haven.domain.chart.ChartNote;
import app.haven.domain.chart.ChartRefusal;
import app.haven.domain.chart.Charts;
import app.haven.domain.message.MessageBody;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.ThreadId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The client chart (R12, R13): the charts a staff member may open, a chart's Docs &amp; Forms and
 * notes, sharing a thread's file to a client's Docs &amp; Forms and taking it back, and the Quick
 * Note of a thread. Clients may call it too: the rules refuse them, and the refusal is audited.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
@Interceptors(RefusalAudit.class)
public class ClientCharts {

    @Inject
    private Caller caller;

    @Inject
    private Accounts accounts;

    @Inject
    private Charts charts;

    @Inject
    private Attachments attachments;

    @Inject
    private ThreadAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * A page of the clients whose chart the caller may open and whose name contains the text, by
     * name: rows {@code first} on, at most {@code max} (at most {@value Listing#MOST_ROWS}); none for
     * clients and external agents.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ClientSummary> clients(String text, int first, int max) {
        Account me = caller.account();
        return ChartAccess.openableBy(me, text)
                .map(listing -> accounts.page(listing, new Listing.Rows(first, max)))
                .orElse(List.of()).stream()
                .map(client -> new ClientSummary(client.id().toString(), client.displayName(),
                        client.clientStatus().filter(ClientStatus.INACTIVE::equals).isPresent()))
                .toList();
    }

    /** How many clients whose chart the caller may open have a name that contains the text. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long clientCount(String text) {
        Account me = caller.account();
        return ChartAccess.openableBy(me, text).map(accounts::count).orElse(0L);
    }

    public ClientChartView open(String clientId) {
        Account me = caller.account();
        Account client = chartOf(me, clientId);
        List<ChartDocument> documents = charts.documentsOf(client.id());
        List<ChartNote> notes = charts.notesOf(client.id());
        Set<AccountId> named = new HashSet<>();
        documents.forEach(document -> named.add(document.sharedBy()));
        notes.forEach(note -> named.add(note.authorId()));
        Map<AccountId, String> names = accounts.displayNames(named);
        audit.record(AuditEvent.of(AuditAction.VIEW_CHART, me.practiceId(), me.id(), client.id(), clock.instant()));
        return new ClientChartView(client.id().toString(), client.displayName(),
                documents.stream().map(document -> document(document, names)).toList(),
                notes.stream().map(note -> new ClientChartView.Note(note.id(), names.get(note.authorId()), note.writtenAt(),
                        note.body().html(), note.threadId().orElse(null))).toList());
    }

    /** Shares a file of a thread to the Docs &amp; Forms of one of its clients; sharing twice changes nothing. */
    public void share(String attachmentId, String clientId) {
        Account me = caller.account();
        Attachment attachment = attachment(attachmentId);
        Account client = client(clientId);
        ChartDocument document = ChartDocument.share(me, client, attachment, clock.instant());
        if (charts.share(attachment.id(), client.id()).isEmpty()) {
            charts.add(document);
            audit.record(AuditEvent.of(AuditAction.SHARE_TO_CHART, me.practiceId(), me.id(), attachment.id(), clock.instant())
                    .withDetail("client:" + client.id()));
        }
    }

    /** Takes a file back out of a client's Docs &amp; Forms (from the thread or from the chart). */
    public void unshare(String attachmentId, String clientId) {
        Account me = caller.account();
        Account client = chartOf(me, clientId);
        AttachmentId id = AttachmentId.parse(attachmentId).orElseThrow(() -> ChartRefusal.notShared(null));
        ChartDocument document = charts.share(id, client.id()).orElseThrow(() -> ChartRefusal.notShared(id));
        charts.remove(document);
        audit.record(AuditEvent.of(AuditAction.UNSHARE_FROM_CHART, me.practiceId(), me.id(), id, clock.instant())
                .withDetail("client:" + client.id()));
    }

    /** The thread as a Quick Note starts from (R13): refused unless the caller may write one. */
    public QuickNoteSource quickNoteSource(ThreadId threadId) {
        Account me = caller.account();
        MessageThread thread = access.availableTo(me, threadId);
        Account client = client(ChartNote.quickNoteClient(me, thread).toString());
        ChartAccess.check(me, client);
        Map<AccountId, Account> people = access.participantsOf(thread);
        return new QuickNoteSource(thread.id().toString(), client.id().toString(), client.displayName(),
                thread.messages().stream().map(message -> {
                    Account author = people.get(message.authorId());
                    return new QuickNoteSource.Entry(message.sentAt(), author.roles(), author.displayName(), message.body().html());
                }).toList());
    }

    /** Saves the provider's edited Quick Note into the client's chart, linked to the thread. */
    public String writeQuickNote(ThreadId threadId, String bodyHtml) {
        Account me = caller.account();
        MessageThread thread = access.availableTo(me, threadId);
        Account client = client(ChartNote.quickNoteClient(me, thread).toString());
        ChartNote note = ChartNote.quickNote(me, thread, client, MessageBody.sanitised(bodyHtml), clock.instant());
        charts.add(note);
        audit.record(AuditEvent.of(AuditAction.WRITE_CHART_NOTE, me.practiceId(), me.id(), note.id(), clock.instant())
                .withDetail("thread:" + thread.id()));
        return note.id();
    }

    private Account chartOf(Account me, String clientId) {
        Account client = client(clientId);
        ChartAccess.check(me, client);
        return client;
    }

    private Account client(String clientId) {
        return AccountId.parse(clientId).flatMap(accounts::find).filter(Account::isClient)
                .orElseThrow(() -> ChartRefusal.notAvailable(AccountId.parse(clientId).orElse(null)));
    }

    private Attachment attachment(String attachmentId) {
        AttachmentId id = AttachmentId.parse(attachmentId).orElseThrow(() -> AttachmentRefusal.notAvailable(null));
        return attachments.find(id).orElseThrow(() -> AttachmentRefusal.notAvailable(id));
    }

    private static ClientChartView.Document document(ChartDocument document, Map<AccountId, String> names) {
        Attachment file = document.attachment();
        return new ClientChartView.Document(file.id().toString(), file.fileName().value(), file.sizeBytes(),
                names.get(document.sharedBy()), document.sharedAt(), document.threadId());
    }
}
