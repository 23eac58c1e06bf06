package app.haven.web.it;

import static app.haven.web.it.Database.count;
import static app.haven.web.it.Database.idOf;
import static app.haven.web.it.Database.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.application.AddressBook;
import app.haven.application.Contact;
import app.haven.application.Conversations;
import app.haven.application.MailboxPage;
import app.haven.application.Mailbox;
import app.haven.application.Messaging;
import app.haven.application.Outgoing;
import app.haven.application.ThreadSummary;
import app.haven.application.ThreadView;
import app.haven.domain.shared.HavenRefusal;
import app.haven.domain.thread.BulkAction;
import app.haven.domain.thread.MailboxFolder;
import app.haven.domain.thread.MessageId;
import app.haven.domain.thread.RecipientGroup;
import app.haven.domain.thread.ThreadId;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The messaging rules through the EJBs, as each signed-in person (R1-R4, R7, R8, R10, R11, R14,
 * R15). Every refusal is checked for three things: the rule's sentence, nothing changed, and an
 * audit row with ids only.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {

    @Inject
    private Messaging messaging;

    @Inject
    private Conversations conversations;

    @Inject
    private Mailbox mailbox;

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Deployment
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @Test
    void aProvidersMessageReachesTheClientUnreadAndIsReadOnceOpened() {
        String subject = unique("Next session");
        ThreadId thread = send(DemoPeople.PROVIDER, subject, "<p>See you <strong>Tuesday</strong></p>", DemoPeople.CLIENT);

        SignedIn.as(DemoPeople.CLIENT);
        long unreadBefore = mailbox.unreadCount();
        ThreadSummary row = find(MailboxFolder.INBOX, thread).orElseThrow();
        assertThat(row.subject()).isEqualTo(subject);
        assertThat(row.unread()).isTrue();
        assertThat(row.participantNames()).containsExactly("Dr. Paul Okafor");

        ThreadView view = conversations.open(thread);

        assertThat(view.messages()).singleElement().satisfies(message -> {
            assertThat(message.authorName()).isEqualTo("Dr. Paul Okafor");
            assertThat(message.bodyHtml()).isEqualTo("<p>See you <strong>Tuesday</strong></p>");
        });
        assertThat(view.mayReply()).isTrue();
        assertThat(mailbox.unreadCount()).isEqualTo(unreadBefore - 1);
        assertThat(audited("VIEW_THREAD", DemoPeople.CLIENT, thread)).isEqualTo(1);

        SignedIn.as(DemoPeople.PROVIDER);
        assertThat(find(MailboxFolder.SENT, thread)).isPresent();
        assertThat(find(MailboxFolder.INBOX, thread)).isEmpty();
    }

    @Test
    void groupsExpandToTheirEnabledMembersAtSendTime() {
        SignedIn.as(DemoPeople.ADMIN);
        ThreadId thread = messaging.send(new Outgoing(List.of(), Set.of(RecipientGroup.ALL_FRONT_OFFICE),
                unique("Rota"), "<p>New rota</p>"));

        assertThat(participantLogins(thread)).containsExactlyInAnyOrder(DemoPeople.ADMIN, DemoPeople.FRONT_OFFICE);
    }

    @Test
    void aClientComposesToTheirProvidersAndFindsOnlyStaffTheyMayAddress() {
        SignedIn.as(DemoPeople.CLIENT_OF_TWO);
        AddressBook book = messaging.addressBook();

        assertThat(book.preselected()).extracting(Contact::displayName).containsExactly("Dr. Paul Okafor", "Dr. Rita Chen");
        assertThat(names(messaging.suggestions("", List.of(), Messaging.MOST_SUGGESTIONS)))
                .contains("Sam Patel", "Bill Novak", "Fiona Walsh", "Dr. Paul Okafor", "Dr. Rita Chen")
                .doesNotContain("Carla Diaz", "Eve Lindqvist", "Alice Moreno", "Olga Berg", "Holly Reyes", "Dan Brooks");
        assertThat(book.groups()).isEmpty();
        assertThat(book.providersUnavailable()).isFalse();

        SignedIn.as(DemoPeople.INACTIVE_CLIENT);
        assertThat(names(messaging.suggestions("", List.of(), Messaging.MOST_SUGGESTIONS)))
                .contains("Bill Novak", "Fiona Walsh").doesNotContain("Dr. Rita Chen", "Dr. Paul Okafor", "Sam Patel");
    }

    @Test
    void staffFindTheirPracticeByAnyPartOfANameInAnyCaseStaffFirstButNeverADisabledColleague() {
        SignedIn.as(DemoPeople.PROVIDER);

        assertThat(names(messaging.suggestions("  CHEN ", List.of(), 12))).containsExactly("Dr. Rita Chen");
        assertThat(names(messaging.suggestions("diaz", List.of(), 12))).containsExactly("Carla Diaz");
        assertThat(messaging.suggestions("olga", List.of(), 12)).as("disabled").isEmpty();
        assertThat(messaging.suggestions("okafor", List.of(), 12)).as("oneself").isEmpty();
        assertThat(messaging.suggestions("holly", List.of(), 12)).as("another practice").isEmpty();

        List<Contact> found = messaging.suggestions("r", List.of(), Messaging.MOST_SUGGESTIONS);
        assertThat(names(found)).contains("Dr. Rita Chen", "Alice Moreno", "Carla Diaz", "Ivy Turner", "Nora Fischer");
        assertThat(found).isSortedAccordingTo(java.util.Comparator.comparing(Contact::client)
                .thenComparing(Contact::displayName));
    }

    @Test
    void aSearchMatchesWhatWasTypedAsCharactersFoldingAccentedLettersToo() {
        // LIKE's wildcards and its escape character are matched as characters: each search below would
        // find other people (or fail) if they were not
        Colleague odd = addedScheduler("odd", "\u00c9lodie 5%_b\\c");
        try {
            SignedIn.as(DemoPeople.ADMIN);
            for (String typed : List.of("%", "_", "\\c", "_b\\", "5%_B\\C", "\u00e9lodie", "\u00c9LODIE")) {
                assertThat(names(messaging.suggestions(typed, List.of(), 12))).as(typed).containsExactly("\u00c9lodie 5%_b\\c");
            }
            assertThat(messaging.suggestions("a\u0000", List.of(), 12)).as("a control character").isEmpty();
        } finally {
            Database.update("delete from account where id = ?", odd.id());
            SignedIn.nobody();
        }
    }

    @Test
    void aSearchReturnsAtMostWhatWasAskedLeavingOutThoseChosen() {
        SignedIn.as(DemoPeople.ADMIN);
        List<Contact> firstTwo = messaging.suggestions("", List.of(), 2);
        assertThat(firstTwo).hasSize(2);
        assertThat(messaging.suggestions("", List.of(firstTwo.get(0).accountId()), 2)).first().isEqualTo(firstTwo.get(1));

        // a client's search reads every colleague it matches before the rules decide, so the first
        // two a client may address come back even where others come first by name
        SignedIn.as(DemoPeople.INACTIVE_CLIENT);
        assertThat(names(messaging.suggestions("", List.of(), 2))).containsExactly("Bill Novak", "Fiona Walsh");
    }

    @Test
    void aReopenedDraftKeepsOnlyTheRecipientsItsWriterMayStillAddress() {
        SignedIn.as(DemoPeople.CLIENT);

        assertThat(names(messaging.addressable(List.of(idOf(DemoPeople.BILLER), idOf(DemoPeople.OTHER_PROVIDER),
                idOf(DemoPeople.CLIENT_OF_TWO), "not-an-id", idOf(DemoPeople.PROVIDER), idOf(DemoPeople.CLIENT)))))
                .containsExactly("Bill Novak", "Dr. Paul Okafor");
    }

    private static List<String> names(List<Contact> contacts) {
        return contacts.stream().map(Contact::displayName).toList();
    }

    @Test
    void aClientCannotWriteToAnotherClientNorUseGroups() {
        SignedIn.as(DemoPeople.CLIENT);
        int threadsBefore = count("select count(*) from message_thread");

        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT_OF_TWO)), Set.of(), "Hi", "<p>Hi</p>")),
                "refusal.recipient.otherClient");
        assertRefused(() -> messaging.send(new Outgoing(List.of(), Set.of(RecipientGroup.ALL_PROVIDERS), "Hi", "<p>Hi</p>")),
                "refusal.recipient.groupsForStaffOnly");
        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.OTHER_PROVIDER)), Set.of(), "Hi", "<p>Hi</p>")),
                "refusal.recipient.notYourProvider");

        assertThat(count("select count(*) from message_thread")).isEqualTo(threadsBefore);
        assertThat(audited("REFUSED", DemoPeople.CLIENT, "send:refusal.recipient.otherClient")).isPositive();
    }

    @Test
    void anInactiveClientCannotWriteToAProviderButCanToBilling() {
        SignedIn.as(DemoPeople.INACTIVE_CLIENT);
        assertThat(messaging.addressBook().providersUnavailable()).isTrue();
        int threadsBefore = count("select count(*) from message_thread");

        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.OTHER_PROVIDER)), Set.of(), "Hi", "<p>Hi</p>")),
                "refusal.recipient.inactiveToProvider");
        assertThat(count("select count(*) from message_thread")).isEqualTo(threadsBefore);

        ThreadId toBilling = messaging.send(new Outgoing(List.of(idOf(DemoPeople.BILLER)), Set.of(), unique("Invoice"), "<p>Question</p>"));
        assertThat(participantLogins(toBilling)).contains(DemoPeople.BILLER);
    }

    @Test
    void anInactiveClientCannotReplyToTheirProvider() {
        ThreadId thread = send(DemoPeople.OTHER_PROVIDER, unique("Checking in"), "<p>How are you?</p>", DemoPeople.INACTIVE_CLIENT);

        SignedIn.as(DemoPeople.INACTIVE_CLIENT);
        assertThat(conversations.open(thread).replyRefusal()).contains("refusal.recipient.inactiveToProvider");
        assertRefused(() -> messaging.reply(thread, "<p>Fine</p>"), "refusal.recipient.inactiveToProvider");
        assertThat(messageCount(thread)).isEqualTo(1);
    }

    @Test
    void theClientsStatusIsCheckedAtSendTime() {
        String carla = idOf(DemoPeople.CLIENT);
        SignedIn.as(DemoPeople.CLIENT);
        messaging.send(new Outgoing(List.of(idOf(DemoPeople.PROVIDER)), Set.of(), unique("Before"), "<p>One</p>"));
        try {
            Database.update("update account set client_status = 'INACTIVE' where id = ?", carla);
            assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.PROVIDER)), Set.of(), unique("After"), "<p>Two</p>")),
                    "refusal.recipient.inactiveToProvider");
        } finally {
            Database.update("update account set client_status = 'ACTIVE' where id = ?", carla);
        }
        messaging.send(new Outgoing(List.of(idOf(DemoPeople.PROVIDER)), Set.of(), unique("Reactivated"), "<p>Three</p>"));
    }

    @Test
    void aClientCannotReadAnotherClientsThreadByItsId() {
        ThreadId carlasThread = send(DemoPeople.PROVIDER, unique("Private"), "<p>For Carla</p>", DemoPeople.CLIENT);

        SignedIn.as(DemoPeople.CLIENT_OF_TWO);
        assertRefused(() -> conversations.open(carlasThread), "refusal.thread.notAvailable");
        assertRefused(() -> messaging.reply(carlasThread, "<p>Me too</p>"), "refusal.thread.notAvailable");

        assertThat(audited("REFUSED", DemoPeople.CLIENT_OF_TWO, carlasThread)).isEqualTo(2);
        assertThat(messageCount(carlasThread)).isEqualTo(1);
        assertThat(audited("VIEW_THREAD", DemoPeople.CLIENT_OF_TWO, carlasThread)).isZero();
    }

    @Test
    void staffOfAnotherPracticeCannotReadAThread() {
        ThreadId thread = send(DemoPeople.PROVIDER, unique("Sunrise only"), "<p>Internal</p>", DemoPeople.BILLER);

        SignedIn.as(DemoPeople.OTHER_PRACTICE_ADMIN);
        assertRefused(() -> conversations.open(thread), "refusal.thread.notAvailable");
        assertRefused(() -> mailbox.apply(BulkAction.TRASH, List.of(thread)), "refusal.thread.notAvailable");
        assertThat(audited("REFUSED", DemoPeople.OTHER_PRACTICE_ADMIN, thread)).isEqualTo(2);
    }

    @Test
    void staffCannotAddressSomeoneOfAnotherPractice() {
        SignedIn.as(DemoPeople.PROVIDER);
        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.OTHER_PRACTICE_CLIENT)), Set.of(), "Hi", "<p>Hi</p>")),
                "refusal.recipient.unknown");
    }

    @Test
    void nobodyRepliesToAThreadWithTwoClients() {
        ThreadId thread = send(DemoPeople.PROVIDER, unique("Group session"), "<p>Room 4</p>", DemoPeople.CLIENT, DemoPeople.CLIENT_OF_TWO);

        SignedIn.as(DemoPeople.CLIENT);
        assertThat(conversations.open(thread).replyRefusal()).contains("refusal.reply.severalClients");
        assertRefused(() -> messaging.reply(thread, "<p>Thanks</p>"), "refusal.reply.severalClients");
        SignedIn.as(DemoPeople.PROVIDER);
        assertRefused(() -> messaging.reply(thread, "<p>Also</p>"), "refusal.reply.severalClients");

        assertThat(messageCount(thread)).isEqualTo(1);
    }

    @Test
    void everyoneRepliesToAllInAThreadOfStaffAndOneClient() {
        ThreadId thread = send(DemoPeople.PROVIDER, unique("Care team"), "<p>Welcome</p>", DemoPeople.CLIENT, DemoPeople.BILLER);

        SignedIn.as(DemoPeople.CLIENT);
        messaging.reply(thread, "<p>Thank you</p>");
        SignedIn.as(DemoPeople.BILLER);
        assertThat(find(MailboxFolder.INBOX, thread)).hasValueSatisfying(row -> assertThat(row.unread()).isTrue());
        messaging.reply(thread, "<p>Invoice attached later</p>");

        SignedIn.as(DemoPeople.PROVIDER);
        assertThat(conversations.open(thread).messages()).extracting(m -> m.authorName())
                .containsExactly("Dr. Paul Okafor", "Carla Diaz", "Bill Novak");
    }

    @Test
    void onlyTheStaffAuthorDeletesAMessageAndOnlyTheStarterTheThread() {
        ThreadId thread = send(DemoPeople.PROVIDER, unique("Wrong client"), "<p>Oops</p>", DemoPeople.CLIENT, DemoPeople.BILLER);
        SignedIn.as(DemoPeople.PROVIDER);
        MessageId first = MessageId.of(conversations.open(thread).messages().get(0).id());

        SignedIn.as(DemoPeople.BILLER);
        assertRefused(() -> conversations.deleteMessage(thread, first), "refusal.delete.notYourMessage");
        assertRefused(() -> conversations.deleteThread(thread), "refusal.delete.notYourThread");
        SignedIn.as(DemoPeople.CLIENT);
        assertRefused(() -> conversations.deleteThread(thread), "refusal.delete.clients");
        assertThat(messageCount(thread)).isEqualTo(1);
        assertThat(audited("REFUSED", DemoPeople.BILLER, "deleteMessage:refusal.delete.notYourMessage")).isPositive();

        SignedIn.as(DemoPeople.PROVIDER);
        conversations.deleteThread(thread);

        assertThat(count("select count(*) from message_thread where id = ?", thread.toString())).isZero();
        assertThat(count("select count(*) from message where thread_id = ?", thread.toString())).isZero();
        assertThat(audited("DELETE_THREAD", DemoPeople.PROVIDER, thread)).isEqualTo(1);
        SignedIn.as(DemoPeople.CLIENT);
        assertRefused(() -> conversations.open(thread), "refusal.thread.notAvailable");
    }

    @Test
    void aStaffMemberDeletesTheirOwnMessageForEveryone() {
        ThreadId thread = send(DemoPeople.PROVIDER, unique("Reminder"), "<p>First</p>", DemoPeople.CLIENT);
        SignedIn.as(DemoPeople.PROVIDER);
        MessageId mistake = messaging.reply(thread, "<p>Sent to the wrong person</p>");

        conversations.deleteMessage(thread, mistake);

        SignedIn.as(DemoPeople.CLIENT);
        assertThat(conversations.open(thread).messages()).extracting(m -> m.bodyHtml()).containsExactly("<p>First</p>");
        assertThat(strings("select detail from audit_event where action = 'DELETE_MESSAGE' and subject_id = ?", mistake.toString()))
                .containsExactly("thread:" + thread);
    }

    @Test
    void bulkActionsChangeOnlyTheCallersOwnView() {
        ThreadId one = send(DemoPeople.PROVIDER, unique("One"), "<p>1</p>", DemoPeople.CLIENT);
        ThreadId two = send(DemoPeople.PROVIDER, unique("Two"), "<p>2</p>", DemoPeople.CLIENT);

        SignedIn.as(DemoPeople.CLIENT);
        long unread = mailbox.unreadCount();
        mailbox.apply(BulkAction.MARK_READ, List.of(one, two));
        assertThat(mailbox.unreadCount()).isEqualTo(unread - 2);
        mailbox.apply(BulkAction.ARCHIVE, List.of(one, two));
        assertThat(find(MailboxFolder.ARCHIVE, one)).isPresent();
        assertThat(find(MailboxFolder.INBOX, one)).isEmpty();
        mailbox.apply(BulkAction.TRASH, List.of(two));
        assertThat(find(MailboxFolder.TRASH, two)).isPresent();
        mailbox.apply(BulkAction.RESTORE, List.of(one, two));
        mailbox.apply(BulkAction.MARK_UNREAD, List.of(one));
        assertThat(find(MailboxFolder.INBOX, one)).hasValueSatisfying(row -> assertThat(row.unread()).isTrue());
        assertThat(mailbox.unreadCount()).isEqualTo(unread - 1);

        SignedIn.as(DemoPeople.PROVIDER);
        assertThat(find(MailboxFolder.SENT, two)).isPresent();
        assertThat(find(MailboxFolder.TRASH, two)).isEmpty();
    }

    @Test
    void aBulkActionWithOneForeignThreadChangesNothing() {
        ThreadId mine = send(DemoPeople.PROVIDER, unique("Mine"), "<p>1</p>", DemoPeople.CLIENT);
        ThreadId foreign = send(DemoPeople.PROVIDER, unique("Not Carla's"), "<p>2</p>", DemoPeople.CLIENT_OF_TWO);

        SignedIn.as(DemoPeople.CLIENT);
        assertRefused(() -> mailbox.apply(BulkAction.ARCHIVE, List.of(mine, foreign)), "refusal.thread.notAvailable");
        assertThat(find(MailboxFolder.INBOX, mine)).isPresent();
    }

    @Test
    void foldersArePagedNewestFirstWithoutGapsOrRepeats() {
        String batch = unique("Page");
        List<ThreadId> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(send(DemoPeople.SCHEDULER, batch + " " + i, "<p>" + i + "</p>", DemoPeople.EXTERNAL_AGENT));
        }

        SignedIn.as(DemoPeople.EXTERNAL_AGENT);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            MailboxPage page = mailbox.folder(MailboxFolder.INBOX, cursor, 2);
            assertThat(page.threads()).hasSizeLessThanOrEqualTo(2);
            page.threads().forEach(row -> seen.add(row.id()));
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates();
        List<String> newestFirst = new ArrayList<>(sent.stream().map(ThreadId::toString).toList());
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsSubsequence(newestFirst);
    }

    @Test
    void bodiesAreSanitisedBeforeTheyAreStoredAndSubjectsAreRequired() {
        ThreadId thread = send(DemoPeople.PROVIDER, unique("Links"),
                "<p onclick=\"steal()\">Read <a href=\"javascript:steal()\">this</a><script>steal()</script></p>", DemoPeople.CLIENT);
        String stored = strings("select body from message where thread_id = ?", thread.toString()).get(0);
        assertThat(stored).doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript").contains("Read");

        SignedIn.as(DemoPeople.PROVIDER);
        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "   ", "<p>x</p>")),
                "refusal.subject.required");
        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "x".repeat(201), "<p>x</p>")),
                "refusal.subject.tooLong");
        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Empty", "<p> </p>")),
                "refusal.body.empty");
    }

    @Test
    void aMailboxPageCostsTheSameFewStatementsWhateverItsSize() {
        SignedIn.as(DemoPeople.SCHEDULER);
        for (int i = 0; i < 12; i++) {
            messaging.send(new Outgoing(List.of(idOf(DemoPeople.EXTERNAL_AGENT), idOf(DemoPeople.BILLER)), Set.of(),
                    unique("Load " + i), "<p>" + i + "</p>"));
        }
        SignedIn.as(DemoPeople.EXTERNAL_AGENT);

        int small = StatementCounter.during(em, () -> mailbox.folder(MailboxFolder.INBOX, null, 2));
        int large = StatementCounter.during(em, () -> mailbox.folder(MailboxFolder.INBOX, null, 12));
        int badge = StatementCounter.during(em, () -> mailbox.unreadCount());

        assertThat(small).isPositive();
        // the rows and the participants' names; the rows prove the caller's account exists
        assertThat(large).as("statements for 12 rows vs 2 rows").isEqualTo(small).isEqualTo(2);
        assertThat(badge).isLessThanOrEqualTo(4);
    }

    @Test
    void anAccountThatIsGoneIsSignedOutEvenWhereItsMailboxIsEmpty() {
        // a page's rows prove the account exists (they reference it); an empty page is checked
        Colleague gone = addedScheduler("gone", "Gone Person");
        try {
            SignedIn.as(gone.login());
            assertThat(mailbox.folder(MailboxFolder.INBOX, null, 10).threads()).isEmpty();

            Database.update("delete from account where id = ?", gone.id());

            assertRefused(() -> mailbox.folder(MailboxFolder.INBOX, null, 10), "refusal.notSignedIn");
            assertRefused(() -> mailbox.folder(MailboxFolder.ARCHIVE, null, 10), "refusal.notSignedIn");
        } finally {
            Database.update("delete from account where id = ?", gone.id());
            SignedIn.nobody();
        }
    }

    /** A Sunrise scheduler added for one test, signing in with the demo password; the test deletes it. */
    private static Colleague addedScheduler(String loginPrefix, String displayName) {
        String id = UUID.randomUUID().toString();
        String login = loginPrefix + "-" + id.substring(0, 8);
        Database.update("insert into account (id, practice_id, kind, login, display_name, email, password_hash)"
                + " select ?, practice_id, 'STAFF', ?, ?, ?, password_hash from account where login = ?",
                id, login, displayName, login + "@example.org", DemoPeople.SCHEDULER);
        Database.update("insert into account_role (account_id, role) values (?, 'SCHEDULER')", id);
        return new Colleague(id, login);
    }

    private record Colleague(String id, String login) {
    }

    @Test
    void theAuditTrailHoldsIdsNeverContent() {
        String canary = "CANARY-" + UUID.randomUUID();
        ThreadId thread = send(DemoPeople.PROVIDER, canary, "<p>" + canary + "</p>", DemoPeople.CLIENT);
        SignedIn.as(DemoPeople.CLIENT);
        conversations.open(thread);
        messaging.reply(thread, "<p>" + canary + "</p>");

        assertThat(count("select count(*) from audit_event where coalesce(detail, '') like ? or coalesce(subject_id, '') like ?",
                "%CANARY%", "%CANARY%")).isZero();
        assertThat(strings("select action from audit_event where subject_id = ?", thread.toString()))
                .contains("SEND", "VIEW_THREAD", "REPLY");
    }

    private ThreadId send(String from, String subject, String body, String... to) {
        SignedIn.as(from);
        List<String> recipients = java.util.Arrays.stream(to).map(Database::idOf).toList();
        return messaging.send(new Outgoing(recipients, Set.of(), subject, body));
    }

    private Optional<ThreadSummary> find(MailboxFolder folder, ThreadId thread) {
        String cursor = null;
        do {
            MailboxPage page = mailbox.folder(folder, cursor, Mailbox.MAX_PAGE_SIZE);
            Optional<ThreadSummary> row = page.threads().stream().filter(t -> t.id().equals(thread.toString())).findFirst();
            if (row.isPresent()) {
                return row;
            }
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
        return Optional.empty();
    }

    private static List<String> participantLogins(ThreadId thread) {
        return strings("select a.login from participation p join account a on a.id = p.account_id where p.thread_id = ?",
                thread.toString());
    }

    private static int messageCount(ThreadId thread) {
        return count("select count(*) from message where thread_id = ?", thread.toString());
    }

    private static int audited(String action, String login, Object subjectOrDetail) {
        return count("select count(*) from audit_event where action = ? and actor_id = ? and (subject_id = ? or detail = ?)",
                action, idOf(login), subjectOrDetail.toString(), subjectOrDetail.toString());
    }

    private static void assertRefused(Runnable operation, String messageKey) {
        assertThatThrownBy(operation::run).isInstanceOfSatisfying(HavenRefusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
    }

    private static String unique(String subject) {
        return subject + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
