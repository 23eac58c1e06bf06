package app.haven.web.it;

import static app.haven.web.it.Database.count;
import static app.haven.web.it.Database.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.application.AttachmentView;
import app.haven.application.Conversations;
import app.haven.application.DraftInput;
import app.haven.application.DraftSummary;
import app.haven.application.DraftView;
import app.haven.application.Drafting;
import app.haven.application.FileTransfer;
import app.haven.application.Messaging;
import app.haven.application.Outgoing;
import app.haven.application.SavedDraft;
import app.haven.domain.shared.HavenRefusal;
import app.haven.domain.thread.ThreadId;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drafts through the EJB (R6): save, reopen, send, delete; private to their author; no silent overwrite. */
@ExtendWith(ArquillianExtension.class)
class DraftIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    private Drafting drafting;

    @Inject
    private FileTransfer transfer;

    @Inject
    private Messaging messaging;

    @Inject
    private Conversations conversations;

    @Deployment
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @Test
    void aDraftKeepsRecipientsSubjectTextAndFilesForItsAuthor() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView file = transfer.upload("plan.pdf", new ByteArrayInputStream(PDF));
        SavedDraft saved = drafting.save(new DraftInput(null, 0, List.of("person:" + idOf(DemoPeople.CLIENT), "group:ALL_FRONT_OFFICE"),
                "Treatment plan", "<p>First <strong>ideas</strong><script>x</script></p>", List.of(file.id())));

        DraftView reopened = drafting.open(saved.id());

        assertThat(reopened.recipients()).containsExactly("person:" + idOf(DemoPeople.CLIENT), "group:ALL_FRONT_OFFICE");
        assertThat(reopened.subject()).isEqualTo("Treatment plan");
        assertThat(reopened.bodyHtml()).isEqualTo("<p>First <strong>ideas</strong></p>");
        assertThat(reopened.attachments()).extracting(AttachmentView::id).containsExactly(file.id());
        assertThat(reopened.version()).isEqualTo(saved.version());
        assertThat(drafting.mine()).filteredOn(d -> d.id().equals(saved.id())).singleElement()
                .satisfies(summary -> assertThat(summary.recipients()).containsExactly("Carla Diaz", "group:ALL_FRONT_OFFICE"));
        assertThat(count("select count(*) from audit_event where detail like '%Treatment%' or subject_id like '%Treatment%'")).isZero();
    }

    @Test
    void onlyPeopleAndGroupsTheComposerOffersCanBeSavedAsRecipients() {
        SignedIn.as(DemoPeople.PROVIDER);
        for (String bogus : List.of("group:ALL_BILLERS", "person:not-an-id", "<script>", "group:")) {
            assertRefused(() -> drafting.save(new DraftInput(null, 0, List.of(bogus), "Bogus", "<p>x</p>", List.of())),
                    "refusal.recipient.unknown");
        }
        assertThat(count("select count(*) from draft where subject = 'Bogus'")).isZero();
    }

    @Test
    void aDraftIsItsAuthorsAlone() {
        SignedIn.as(DemoPeople.PROVIDER);
        SavedDraft saved = drafting.save(new DraftInput(null, 0, List.of(), "Private", "<p>Mine</p>", List.of()));

        for (String other : List.of(DemoPeople.OTHER_PROVIDER, DemoPeople.CLIENT, DemoPeople.OTHER_PRACTICE_ADMIN)) {
            SignedIn.as(other);
            assertThat(drafting.mine()).noneMatch(d -> d.id().equals(saved.id()));
            assertRefused(() -> drafting.open(saved.id()), "refusal.draft.notAvailable");
            assertRefused(() -> drafting.save(new DraftInput(saved.id(), saved.version(), List.of(), "Taken", "<p>x</p>", List.of())),
                    "refusal.draft.notAvailable");
            assertRefused(() -> drafting.delete(saved.id(), saved.version()), "refusal.draft.notAvailable");
        }
        SignedIn.as(DemoPeople.PROVIDER);
        assertThat(drafting.open(saved.id()).subject()).isEqualTo("Private");
        assertThat(count("select count(*) from audit_event where action = 'REFUSED' and subject_id = ?", saved.id())).isEqualTo(9);
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndOverwritesNothing() {
        SignedIn.as(DemoPeople.PROVIDER);
        SavedDraft first = drafting.save(new DraftInput(null, 0, List.of(), "Two tabs", "<p>One</p>", List.of()));
        SavedDraft secondTab = drafting.save(new DraftInput(first.id(), first.version(), List.of(), "Two tabs", "<p>Two</p>", List.of()));
        assertThat(secondTab.version()).isGreaterThan(first.version());

        assertRefused(() -> drafting.save(new DraftInput(first.id(), first.version(), List.of(), "Two tabs", "<p>Stale</p>", List.of())),
                "refusal.draft.changedElsewhere");

        assertThat(drafting.open(first.id()).bodyHtml()).isEqualTo("<p>Two</p>");
        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Two tabs", "<p>One</p>", List.of(),
                first.id(), first.version())), "refusal.draft.changedElsewhere");
        assertRefused(() -> drafting.delete(first.id(), first.version()), "refusal.draft.changedElsewhere");
        assertThat(drafting.open(first.id()).bodyHtml()).isEqualTo("<p>Two</p>");
        assertThat(count("select count(*) from message_thread where subject = 'Two tabs'")).isZero();
    }

    @Test
    void aDraftNamesOnlyPeopleItsAuthorMayWriteTo() {
        SignedIn.as(DemoPeople.CLIENT);
        for (String other : List.of(DemoPeople.CLIENT_OF_TWO, DemoPeople.OTHER_PROVIDER, DemoPeople.OTHER_PRACTICE_ADMIN)) {
            assertThatThrownBy(() -> drafting.save(new DraftInput(null, 0, List.of("person:" + idOf(other)), "Peek", "<p>x</p>",
                    List.of()))).as(other).isInstanceOf(HavenRefusal.class);
        }
        assertRefused(() -> drafting.save(new DraftInput(null, 0, List.of("group:ALL_PROVIDERS"), "Peek", "<p>x</p>", List.of())),
                "refusal.recipient.groupsForStaffOnly");
        assertThat(count("select count(*) from draft where subject = 'Peek'")).isZero();
    }

    @Test
    void sendingFromADraftThatIsGoneAlreadyStillSends() {
        SignedIn.as(DemoPeople.PROVIDER);
        SavedDraft saved = drafting.save(new DraftInput(null, 0, List.of(), "Gone", "<p>x</p>", List.of()));
        drafting.delete(saved.id(), saved.version());
        ThreadId thread = messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Gone", "<p>Sent anyway</p>",
                List.of(), saved.id(), saved.version()));
        assertThat(count("select count(*) from message where thread_id = ?", thread.toString())).isEqualTo(1);
    }

    @Test
    void sendingADraftSendsItsFilesAndTheDraftIsGone() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView file = transfer.upload("form.pdf", new ByteArrayInputStream(PDF));
        SavedDraft saved = drafting.save(new DraftInput(null, 0, List.of("person:" + idOf(DemoPeople.CLIENT)), "From a draft",
                "<p>Ready</p>", List.of(file.id())));

        ThreadId thread = messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "From a draft", "<p>Ready</p>",
                List.of(file.id()), saved.id(), saved.version()));

        assertThat(count("select count(*) from draft where id = ?", saved.id())).isZero();
        assertThat(conversations.open(thread).messages().get(0).attachments()).extracting(AttachmentView::id).containsExactly(file.id());
        assertThat(count("select count(*) from attachment where id = ? and draft_id is null and message_id is not null", file.id()))
                .isEqualTo(1);
    }

    @Test
    void anotherPersonsDraftCannotBeSentNorItsFilesTaken() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView file = transfer.upload("his.pdf", new ByteArrayInputStream(PDF));
        SavedDraft saved = drafting.save(new DraftInput(null, 0, List.of(), "His", "<p>His</p>", List.of(file.id())));
        SignedIn.as(DemoPeople.FRONT_OFFICE);
        assertRefused(() -> messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Hers", "<p>x</p>", List.of(),
                saved.id(), saved.version())), "refusal.draft.notAvailable");
        assertRefused(() -> drafting.save(new DraftInput(null, 0, List.of(), "Hers", "<p>x</p>", List.of(file.id()))),
                "refusal.attachment.notAvailable");
        assertThat(count("select count(*) from draft where id = ?", saved.id())).isEqualTo(1);
        assertThat(count("select count(*) from message_thread where subject = 'Hers'")).isZero();
    }

    @Test
    void deletingADraftDeletesItsFilesForGood() {
        SignedIn.as(DemoPeople.PROVIDER);
        AttachmentView file = transfer.upload("drop.pdf", new ByteArrayInputStream(PDF));
        SavedDraft saved = drafting.save(new DraftInput(null, 0, List.of(), "Drop", "<p>x</p>", List.of(file.id())));
        assertThat(storage().resolve(file.id())).exists();

        drafting.delete(saved.id(), saved.version());

        assertThat(count("select count(*) from draft where id = ?", saved.id())).isZero();
        assertThat(count("select count(*) from attachment where id = ?", file.id())).isZero();
        assertThat(storage().resolve(file.id())).doesNotExist();
        assertThat(drafting.mine()).extracting(DraftSummary::id).doesNotContain(saved.id());
    }

    @Test
    void theFolderMenuCountsDraftsUpToAHundred() {
        SignedIn.as(DemoPeople.BILLER);
        long before = drafting.count();
        assertThat(before).isLessThan(Drafting.COUNTED_UP_TO - 1);
        List<SavedDraft> saved = new ArrayList<>();
        try {
            saved.add(drafting.save(new DraftInput(null, 0, List.of(), "Counted", "<p>One of many</p>", List.of())));
            assertThat(drafting.count()).isEqualTo(before + 1);
            while (before + saved.size() < Drafting.COUNTED_UP_TO + 2) {
                saved.add(drafting.save(new DraftInput(null, 0, List.of(), "Counted", "<p>One of many</p>", List.of())));
            }

            assertThat(drafting.count()).isEqualTo(Drafting.COUNTED_UP_TO);
            assertThat(drafting.mine()).hasSize((int) before + saved.size());
        } finally {
            saved.forEach(draft -> drafting.delete(draft.id(), draft.version()));
        }
        assertThat(drafting.count()).isEqualTo(before);
    }

    private static void assertRefused(Runnable operation, String key) {
        assertThatThrownBy(operation::run).isInstanceOfSatisfying(HavenRefusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    private static Path storage() {
        return Path.of(ConfigProvider.getConfig().getValue("haven.attachments.dir", String.class));
    }
}
