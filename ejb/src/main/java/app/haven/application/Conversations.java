package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Roles;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.thread.Message;
import app.haven.domain.thread.MessageId;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.ThreadId;
import app.haven.domain.thread.Threads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reading a thread (R10, R11) and deleting in it (R14). Every read is authorised by participation
 * and audited; a deletion removes the content for everyone and leaves an audit row with ids only.
 * Clients may call delete too: the domain refuses them, and the refusal is audited.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
@Interceptors(RefusalAudit.class)
public class Conversations {

    @Inject
    private Caller caller;

    @Inject
    private ThreadAccess access;

    @Inject
    private Threads threads;

    @Inject
    private AttachmentAccess attachments;

    @Inject
    private ChartLinks chart;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Opens the thread for the caller: marks it read for them and audits the view. */
    public ThreadView open(ThreadId id) {
        Account reader = caller.account();
        MessageThread thread = access.availableTo(reader, id);
        Instant now = clock.instant();
        thread.participationOf(reader.id()).read(now);
        audit.record(AuditEvent.of(AuditAction.VIEW_THREAD, reader.practiceId(), reader.id(), id, now));
        Map<AccountId, Account> people = access.participantsOf(thread);
        Map<MessageId, List<AttachmentView>> files = chart.withShares(reader,
                attachments.of(thread.messages().stream().map(Message::id).toList()));
        return view(reader, thread, people, files).withChart(chart.shareClients(reader, thread, people),
                chart.mayQuickNote(reader, thread, people));
    }

    public void deleteMessage(ThreadId threadId, MessageId messageId) {
        Account staff = caller.account();
        MessageThread thread = access.availableForChange(staff, threadId);
        // the files first: read before the message row goes (a refusal below rolls this back too)
        attachments.removeWith(List.of(messageId));
        if (thread.deleteMessage(staff, messageId)) {
            threads.remove(thread);
        }
        audit.record(AuditEvent.of(AuditAction.DELETE_MESSAGE, staff.practiceId(), staff.id(), messageId, clock.instant())
                .withDetail("thread:" + threadId));
    }

    public void deleteThread(ThreadId threadId) {
        Account staff = caller.account();
        MessageThread thread = access.availableForChange(staff, threadId);
        thread.checkDeletableBy(staff);
        attachments.removeWith(thread.messages().stream().map(Message::id).toList());
        threads.remove(thread);
        audit.record(AuditEvent.of(AuditAction.DELETE_THREAD, staff.practiceId(), staff.id(), threadId, clock.instant()));
    }

    private static ThreadView view(Account reader, MessageThread thread, Map<AccountId, Account> people,
                                   Map<MessageId, List<AttachmentView>> files) {
        List<MessageView> messages = thread.messages().stream().map(message -> messageView(reader, thread, message, people,
                files.getOrDefault(message.id(), List.of()))).toList();
        List<ParticipantView> participants = thread.participantIds().stream().map(people::get)
                .map(p -> new ParticipantView(p.id().toString(), p.displayName(), p.isClient())).toList();
        return new ThreadView(thread.id().toString(), thread.subject(), messages, participants,
                thread.replyRefusal(reader, ThreadAccess.othersThan(reader, people)), thread.mayDeleteThread(reader),
                List.of(), false);
    }

    private static MessageView messageView(Account reader, MessageThread thread, Message message, Map<AccountId, Account> people,
                                           List<AttachmentView> files) {
        Account author = people.get(message.authorId());
        return new MessageView(message.id().toString(), author.displayName(), author.roles(), message.sentAt(),
                message.body().html(), files, message.isBy(reader.id()), thread.mayDeleteMessage(reader, message));
    }
}
