package app.haven.domain.thread;

import static app.haven.domain.thread.People.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.account.Account;
import app.haven.domain.message.MessageBody;
import app.haven.domain.message.Subject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R11 (who may reply), R14 (who may delete) and the per-person state of a thread. */
class ReplyAndDeletionTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final MessageBody BODY = MessageBody.sanitised("<p>Hello</p>");

    static Stream<Arguments> replyMatrix() {
        return Stream.of(
                Arguments.of("one to one, staff and client", PROVIDER, List.of(CLIENT), ReplyRule.ONE_TO_ONE),
                Arguments.of("one to one, two staff", PROVIDER, List.of(BILLER), ReplyRule.ONE_TO_ONE),
                Arguments.of("staff and exactly one client", PROVIDER, List.of(BILLER, FRONT_OFFICE, CLIENT), ReplyRule.STAFF_AND_ONE_CLIENT),
                Arguments.of("staff only", PROVIDER, List.of(BILLER, FRONT_OFFICE), ReplyRule.STAFF_ONLY),
                Arguments.of("two clients", PROVIDER, List.of(CLIENT, OTHER_CLIENT), ReplyRule.SEVERAL_CLIENTS),
                Arguments.of("staff and two clients", PROVIDER, List.of(BILLER, CLIENT, OTHER_CLIENT), ReplyRule.SEVERAL_CLIENTS));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource
    void replyMatrix(String thread, Account starter, List<Account> recipients, ReplyRule rule) {
        MessageThread conversation = start(starter, recipients);
        assertThat(conversation.replyRule()).isEqualTo(rule);
        for (Account participant : recipients) {
            List<Account> others = others(participant, starter, recipients);
            assertThat(conversation.replyRefusal(participant, others).isEmpty()).as(participant.roles().toString())
                    .isEqualTo(rule.allowsReplies());
        }
    }

    @Test
    void nobodyRepliesToATwoClientThreadNotEvenItsAuthor() {
        MessageThread thread = start(PROVIDER, List.of(CLIENT, OTHER_CLIENT));
        assertThatThrownBy(() -> thread.reply(PROVIDER, List.of(CLIENT, OTHER_CLIENT), BODY, T0.plusSeconds(1)))
                .isInstanceOf(ThreadRefusal.class).hasMessageContaining("refusal.reply.severalClients");
        assertThat(thread.messages()).hasSize(1);
    }

    @Test
    void someoneOutsideTheThreadCannotReply() {
        MessageThread thread = start(PROVIDER, List.of(CLIENT));
        assertThatThrownBy(() -> thread.reply(BILLER, List.of(PROVIDER, CLIENT), BODY, T0))
                .isInstanceOf(ThreadRefusal.class).hasMessageContaining("refusal.thread.notAvailable");
    }

    @Test
    void anInactiveClientCannotReplyWhereAProviderTakesPartButCanWhereOnlyBillingDoes() {
        MessageThread withProvider = start(PROVIDER, List.of(INACTIVE_CLIENT));
        assertThatThrownBy(() -> withProvider.reply(INACTIVE_CLIENT, List.of(PROVIDER), BODY, T0.plusSeconds(1)))
                .isInstanceOf(ThreadRefusal.class).hasMessageContaining("refusal.recipient.inactiveToProvider");

        MessageThread withBiller = start(BILLER, List.of(INACTIVE_CLIENT));
        withBiller.reply(INACTIVE_CLIENT, List.of(BILLER), BODY, T0.plusSeconds(1));
        assertThat(withBiller.messages()).hasSize(2);
    }

    static Stream<Arguments> deletionMatrix() {
        return Stream.of(
                // who, thread started by, recipients, message written by, may delete message, may delete thread
                Arguments.of("staff author, with a client", PROVIDER, PROVIDER, List.of(CLIENT), PROVIDER, true, true),
                Arguments.of("staff author of a reply, thread started by someone else", BILLER, PROVIDER, List.of(BILLER, CLIENT), BILLER, true, false),
                Arguments.of("staff, someone else's message", BILLER, PROVIDER, List.of(BILLER, CLIENT), PROVIDER, false, false),
                Arguments.of("staff author, staff-only thread", PROVIDER, PROVIDER, List.of(BILLER), PROVIDER, false, false),
                Arguments.of("client author", CLIENT, CLIENT, List.of(PROVIDER), CLIENT, false, false),
                Arguments.of("client, staff's message", CLIENT, PROVIDER, List.of(CLIENT), PROVIDER, false, false));
    }

    @ParameterizedTest(name = "{0}: message {5}, thread {6}")
    @MethodSource
    void deletionMatrix(String who, Account deleter, Account starter, List<Account> recipients, Account author,
                        boolean mayDeleteMessage, boolean mayDeleteThread) {
        MessageThread thread = start(starter, recipients);
        if (!author.equals(starter)) {
            thread.reply(author, others(author, starter, recipients), BODY, T0.plusSeconds(1));
        }
        Message message = thread.messages().get(thread.messages().size() - 1);
        assertThat(thread.mayDeleteMessage(deleter, message)).isEqualTo(mayDeleteMessage);
        assertThat(thread.mayDeleteThread(deleter)).isEqualTo(mayDeleteThread);
        if (!mayDeleteMessage) {
            assertThatThrownBy(() -> thread.deleteMessage(deleter, message.id())).isInstanceOf(ThreadRefusal.class);
        }
        if (!mayDeleteThread) {
            assertThatThrownBy(() -> thread.checkDeletableBy(deleter)).isInstanceOf(ThreadRefusal.class);
        }
    }

    @Test
    void deletingAMessageRemovesItForEveryoneAndClearsItsUnreadMark() {
        MessageThread thread = start(PROVIDER, List.of(CLIENT));
        thread.participationOf(CLIENT.id()).read(T0.plusSeconds(1));
        Message mistake = thread.reply(PROVIDER, List.of(CLIENT), BODY, T0.plusSeconds(2));
        assertThat(thread.participationOf(CLIENT.id()).isUnread()).isTrue();

        boolean threadNowEmpty = thread.deleteMessage(PROVIDER, mistake.id());

        assertThat(threadNowEmpty).isFalse();
        assertThat(thread.messages()).extracting(Message::id).doesNotContain(mistake.id());
        assertThat(thread.participationOf(CLIENT.id()).isUnread()).isFalse();
    }

    @Test
    void deletingTheOnlyMessageEmptiesTheThread() {
        MessageThread thread = start(PROVIDER, List.of(CLIENT));
        assertThat(thread.deleteMessage(PROVIDER, thread.messages().get(0).id())).isTrue();
    }

    @Test
    void aNewThreadIsUnreadInTheRecipientsInboxAndSentForTheSender() {
        MessageThread thread = start(PROVIDER, List.of(CLIENT, BILLER));
        Participation sender = thread.participationOf(PROVIDER.id());
        Participation client = thread.participationOf(CLIENT.id());

        assertThat(sender.hasSent()).isTrue();
        assertThat(sender.hasReceived()).isFalse();
        assertThat(sender.isUnread()).isFalse();
        assertThat(client.hasReceived()).isTrue();
        assertThat(client.isUnread()).isTrue();
        assertThat(client.folder()).isEqualTo(Folder.INBOX);
    }

    @Test
    void aReplyBringsAnArchivedThreadBackButLeavesATrashedOneInTrash() {
        MessageThread thread = start(PROVIDER, List.of(CLIENT, BILLER));
        thread.participationOf(CLIENT.id()).moveTo(Folder.ARCHIVE);
        thread.participationOf(BILLER.id()).moveTo(Folder.TRASH);

        thread.reply(PROVIDER, List.of(CLIENT, BILLER), BODY, T0.plusSeconds(5));

        assertThat(thread.participationOf(CLIENT.id()).folder()).isEqualTo(Folder.INBOX);
        assertThat(thread.participationOf(BILLER.id()).folder()).isEqualTo(Folder.TRASH);
    }

    @Test
    void theSenderIsNeverTheirOwnRecipient() {
        MessageThread thread = start(PROVIDER, List.of(PROVIDER, CLIENT));
        assertThat(thread.participantIds()).containsExactlyInAnyOrder(PROVIDER.id(), CLIENT.id());
    }

    private static MessageThread start(Account starter, List<Account> recipients) {
        return MessageThread.start(starter, recipients, new Subject("About Tuesday"), BODY, T0);
    }

    private static List<Account> others(Account participant, Account starter, List<Account> recipients) {
        return Stream.concat(Stream.of(starter), recipients.stream()).filter(a -> !a.equals(participant)).toList();
    }
}
