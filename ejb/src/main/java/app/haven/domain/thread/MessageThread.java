package app.haven.domain.thread;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.message.MessageBody;
import app.haven.domain.message.Subject;
import app.haven.domain.practice.PracticeId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A conversation: a subject, its messages oldest first, and its participants, each with their own
 * view of it. Everything a person may do to a thread is decided here: who may be addressed when it
 * starts (via {@link Addressing}), who may reply ({@link ReplyRule}), who may delete a message or
 * the whole thread (SPEC R14: staff, their own message or the thread they started, and only when a
 * client takes part). A thread belongs to one practice; its participants all belong to it.
 */
@Entity
@Table(name = "message_thread")
public class MessageThread {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "practice_id", nullable = false, length = 36, updatable = false)
    private String practiceId;

    @Column(name = "subject", nullable = false, length = Subject.MAX_LENGTH * 2, updatable = false)
    private String subject;

    @Column(name = "started_by", nullable = false, length = 36, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @OneToMany(mappedBy = "thread", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<Message> messages = new ArrayList<>();

    @OneToMany(mappedBy = "thread", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Participation> participations = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected MessageThread() {
        // for JPA
    }

    private MessageThread(PracticeId practice, AccountId starter, Subject subject, Instant at) {
        this.id = ThreadId.random().toString();
        this.practiceId = practice.toString();
        this.startedBy = starter.toString();
        this.subject = subject.text();
        this.startedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** A new thread from the sender to the recipients, who must all be addressable (R1, R2, R15). */
    public static MessageThread start(Account sender, Collection<Account> recipients, Subject subject,
                                      MessageBody body, Instant at) {
        List<Account> others = recipients.stream().filter(r -> !r.id().equals(sender.id())).distinct().toList();
        Addressing.check(sender, others);
        MessageThread thread = new MessageThread(sender.practiceId(), sender.id(), subject, at);
        thread.participations.add(new Participation(thread, sender.id(), sender.isClient(), at));
        others.forEach(r -> thread.participations.add(new Participation(thread, r.id(), r.isClient(), at)));
        thread.post(sender.id(), body, at);
        return thread;
    }

    /**
     * A reply to everyone else in the thread, if the thread allows replies (R11) and, for an
     * inactive client, none of them is a provider (R15). {@code others} are the other participants
     * as they are now.
     */
    public Message reply(Account author, Collection<Account> others, MessageBody body, Instant at) {
        participationOf(author.id());
        if (!replyRule().allowsReplies()) {
            throw ThreadRefusal.reply("refusal.reply.severalClients", id());
        }
        Addressing.checkReply(author, others);
        return post(author.id(), body, at);
    }

    /** Why the person may not reply here (a bundle key), if they may not. */
    public Optional<String> replyRefusal(Account author, Collection<Account> others) {
        try {
            participationOf(author.id());
            if (!replyRule().allowsReplies()) {
                return Optional.of("refusal.reply.severalClients");
            }
            Addressing.checkReply(author, others);
            return Optional.empty();
        } catch (ThreadRefusal refusal) {
            return Optional.of(refusal.messageKey());
        }
    }

    public ReplyRule replyRule() {
        int clients = (int) participations.stream().filter(Participation::isClient).count();
        return ReplyRule.forParticipants(participations.size() - clients, clients);
    }

    public boolean involvesAClient() {
        return participations.stream().anyMatch(Participation::isClient);
    }

    /** R14 (a): staff may delete a message they sent, in a thread with a client. */
    public boolean mayDeleteMessage(Account by, Message message) {
        return by.isStaff() && message.isBy(by.id()) && involvesAClient() && takesPart(by.id());
    }

    /** R14 (b): staff may delete a whole thread they started with a client. */
    public boolean mayDeleteThread(Account by) {
        return by.isStaff() && startedBy.equals(by.id().toString()) && involvesAClient();
    }

    /**
     * Removes one message for everyone, for good (R14 a). Returns true when it was the last one,
     * in which case the whole thread is to be removed.
     */
    public boolean deleteMessage(Account by, MessageId messageId) {
        Message message = messages.stream().filter(m -> m.id().equals(messageId)).findFirst()
                .orElseThrow(() -> ThreadRefusal.notAvailable(messageId));
        if (!mayDeleteMessage(by, message)) {
            throw ThreadRefusal.deletion(by.isClient() ? "refusal.delete.clients" : "refusal.delete.notYourMessage", messageId);
        }
        messages.remove(message);
        participations.forEach(this::recount);
        return messages.isEmpty();
    }

    /** Checks that the person may delete the whole thread (R14 b); the repository removes it. */
    public void checkDeletableBy(Account by) {
        if (!mayDeleteThread(by)) {
            throw ThreadRefusal.deletion(by.isClient() ? "refusal.delete.clients" : "refusal.delete.notYourThread", id());
        }
    }

    /** The person's own view of the thread; refused as "not available" when they take no part. */
    public Participation participationOf(AccountId account) {
        return participations.stream().filter(p -> p.accountId().equals(account)).findFirst()
                .orElseThrow(() -> ThreadRefusal.notAvailable(id()));
    }

    public boolean takesPart(AccountId account) {
        return participations.stream().anyMatch(p -> p.accountId().equals(account));
    }

    /** The clients taking part, in the order they joined. */
    public List<AccountId> clientIds() {
        return participations.stream().filter(Participation::isClient).map(Participation::accountId).toList();
    }

    public List<AccountId> participantIds() {
        return participations.stream().map(Participation::accountId).toList();
    }

    public ThreadId id() {
        return ThreadId.of(id);
    }

    public PracticeId practiceId() {
        return PracticeId.of(practiceId);
    }

    public String subject() {
        return subject;
    }

    public AccountId startedBy() {
        return AccountId.of(startedBy);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    private Message post(AccountId author, MessageBody body, Instant at) {
        Message message = new Message(this, nextPosition(), author, body, at);
        messages.add(message);
        for (Participation participation : participations) {
            if (participation.accountId().equals(author)) {
                participation.sent(at);
            } else {
                participation.received(at);
            }
        }
        return message;
    }

    private int nextPosition() {
        return messages.stream().mapToInt(Message::position).max().orElse(-1) + 1;
    }

    private void recount(Participation participation) {
        Instant latest = messages.stream().map(Message::sentAt).max(Comparator.naturalOrder()).orElse(startedAt.toInstant());
        boolean unreadLeft = participation.isUnread() && messages.stream().anyMatch(m ->
                !m.isBy(participation.accountId()) && m.sentAt().isAfter(participation.lastReadAt()));
        participation.recount(unreadLeft, latest);
    }
}
