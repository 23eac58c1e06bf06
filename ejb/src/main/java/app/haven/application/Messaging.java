package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.ClientStatus;
import app.haven.domain.account.Roles;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.draft.Draft;
import app.haven.domain.draft.DraftId;
import app.haven.domain.draft.Drafts;
import app.haven.domain.message.MessageBody;
import app.haven.domain.message.Subject;
import app.haven.domain.thread.Addressing;
import app.haven.domain.thread.Message;
import app.haven.domain.thread.MessageId;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.RecipientGroup;
import app.haven.domain.thread.ThreadId;
import app.haven.domain.thread.ThreadRefusal;
import app.haven.domain.thread.Threads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writing: a new message to people and groups (R1, R2, R3, R4, R15) and a reply to everyone in a
 * thread (R11, R15). The rules are the domain's; this service loads, asks, stores, audits and
 * puts the recipients' notifications in the outbox (R9), all in one transaction.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
@Interceptors(RefusalAudit.class)
public class Messaging {

    @Inject
    private Caller caller;

    @Inject
    private Accounts accounts;

    @Inject
    private Threads threads;

    @Inject
    private ThreadAccess access;

    @Inject
    private AttachmentAccess attachments;

    @Inject
    private Drafts drafts;

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public ThreadId send(Outgoing outgoing) {
        List<AccountId> named = named(outgoing.recipientIds());
        Caller.WithOthers people = caller.accountWith(named);
        Account sender = people.account();
        Instant now = clock.instant();
        List<Account> recipients = recipients(sender, named, people.found(), outgoing.groups());
        MessageThread thread = MessageThread.start(sender, recipients, new Subject(outgoing.subject()),
                MessageBody.sanitised(outgoing.bodyHtml()), now);
        threads.add(thread);
        int files = attachments.sendWith(thread.messages().get(0), outgoing.attachmentIds());
        sentFromDraft(sender, outgoing.draftId(), outgoing.draftVersion());
        outbox.messagePosted(sender, recipients, now);
        audit.record(AuditEvent.of(AuditAction.SEND, sender.practiceId(), sender.id(), thread.id(), now)
                .withDetail(files == 0 ? null : "attachments:" + files));
        return thread.id();
    }

    public MessageId reply(ThreadId threadId, String bodyHtml) {
        return reply(threadId, bodyHtml, List.of());
    }

    /** A reply with the files its author uploaded for it. */
    public MessageId reply(ThreadId threadId, String bodyHtml, List<String> attachmentIds) {
        Account author = caller.account();
        MessageThread thread = access.availableForChange(author, threadId);
        Instant now = clock.instant();
        List<Account> others = ThreadAccess.othersThan(author, access.participantsOf(thread));
        Message message = thread.reply(author, others, MessageBody.sanitised(bodyHtml), now);
        attachments.sendWith(message, attachmentIds);
        outbox.messagePosted(author, others, now);
        audit.record(AuditEvent.of(AuditAction.REPLY, author.practiceId(), author.id(), thread.id(), now)
                .withDetail("message:" + message.id()));
        return message.id();
    }

    /**
     * The draft the message was written in is gone once it is sent (R6). One that is gone already
     * (sent or deleted from another tab, purged) leaves nothing to do; someone else's is refused.
     */
    private void sentFromDraft(Account sender, String draftId, long version) {
        if (draftId == null) {
            return;
        }
        Optional<Draft> draft = DraftId.parse(draftId).flatMap(drafts::find);
        if (draft.isPresent()) {
            draft.get().checkAuthor(sender);
            draft.get().checkVersion(version);
            drafts.remove(draft.get());
        }
    }

    /** Whom the caller may address, with a client's own providers pre-selected (R2). */
    public AddressBook addressBook() {
        Account me = caller.account();
        List<Contact> addressable = accounts.ofPractice(me.practiceId()).stream()
                .filter(other -> !other.id().equals(me.id()) && Addressing.refusal(me, other).isEmpty())
                .map(Contact::of).toList();
        List<Contact> preselected = addressable.stream()
                .filter(contact -> me.assignedProviders().contains(AccountId.of(contact.accountId()))).toList();
        boolean inactiveClient = me.clientStatus().filter(ClientStatus.INACTIVE::equals).isPresent();
        return new AddressBook(preselected, addressable,
                me.isStaff() ? EnumSet.allOf(RecipientGroup.class) : EnumSet.noneOf(RecipientGroup.class), inactiveClient);
    }

    /** The ids of the people a message names; one that is no id at all names no one there is. */
    private static List<AccountId> named(List<String> recipientIds) {
        List<AccountId> ids = new ArrayList<>();
        for (String text : recipientIds) {
            ids.add(AccountId.parse(text).orElseThrow(() -> ThreadRefusal.recipient("refusal.recipient.unknown", null)));
        }
        return ids;
    }

    /** The named people (read with the sender) and the members of the named groups (staff only), each once. */
    private List<Account> recipients(Account sender, List<AccountId> named, Map<AccountId, Account> found,
                                     Set<RecipientGroup> groups) {
        Map<AccountId, Account> recipients = new LinkedHashMap<>();
        for (AccountId id : named) {
            Account account = found.get(id);
            if (account == null) {
                throw ThreadRefusal.recipient("refusal.recipient.unknown", id);
            }
            recipients.put(id, account);
        }
        if (!groups.isEmpty() && !sender.isStaff()) {
            throw ThreadRefusal.recipient("refusal.recipient.groupsForStaffOnly", null);
        }
        for (RecipientGroup group : groups) {
            accounts.enabledStaffWithRole(sender.practiceId(), group.role()).forEach(member -> recipients.put(member.id(), member));
        }
        return List.copyOf(recipients.values());
    }
}
