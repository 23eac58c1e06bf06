package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.Roles;
import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.attachment.AttachmentRefusal;
import app.haven.domain.attachment.Attachments;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.draft.Draft;
import app.haven.domain.draft.DraftId;
import app.haven.domain.draft.DraftRefusal;
import app.haven.domain.draft.Drafts;
import app.haven.domain.thread.Addressing;
import app.haven.domain.thread.ThreadRefusal;
import app.haven.infrastructure.storage.AttachmentStorage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts (R6): save (by hand or by the page's autosave), reopen, delete; sending one is
 * {@link Messaging#send} with its id. A draft is its author's alone: anyone else's id is "not
 * available". A save from a stale copy (another tab saved meanwhile) is refused, never merged.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
@Interceptors(RefusalAudit.class)
public class Drafting {

    /** The most drafts {@link #count()} counts. */
    public static final int COUNTED_UP_TO = 100;

    private static final String PERSON = "person:";

    @Inject
    private Caller caller;

    @Inject
    private Drafts drafts;

    @Inject
    private Attachments attachments;

    @Inject
    private AttachmentStorage storage;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The caller's drafts, last saved first. */
    public List<DraftSummary> mine() {
        Account me = caller.account();
        List<Draft> mine = drafts.of(me.id());
        List<AccountId> people = new ArrayList<>();
        mine.forEach(draft -> draft.recipients().stream().filter(k -> k.startsWith(PERSON))
                .map(k -> AccountId.parse(k.substring(PERSON.length()))).flatMap(Optional::stream).forEach(people::add));
        Map<AccountId, String> names = accounts.displayNames(people);
        return mine.stream().map(draft -> new DraftSummary(draft.id().toString(), draft.subject().orElse(null),
                draft.recipients().stream().map(key -> label(key, names)).flatMap(Optional::stream).toList(),
                draft.savedAt())).toList();
    }

    /**
     * How many drafts the caller has, for the folder menu, counted up to {@value #COUNTED_UP_TO} (a
     * menu shows "99+" beyond 99; counting them all cost every page milliseconds for someone with
     * hundreds). A read, with no transaction of its own (as {@link Mailbox}'s).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return drafts.countOf(caller.id(), COUNTED_UP_TO);
    }

    public DraftView open(String draftId) {
        Draft draft = mine(caller.account(), draftId);
        List<AttachmentView> files = attachments.ofDrafts(List.of(draft.id())).stream().map(AttachmentView::of).toList();
        return new DraftView(draft.id().toString(), draft.version(), draft.recipients(), draft.subject().orElse(null),
                draft.bodyHtml().orElse(null), files, draft.savedAt());
    }

    public SavedDraft save(DraftInput input) {
        Account me = caller.account();
        checkAddressable(me, input.recipients());
        Draft draft;
        if (input.id() == null) {
            draft = Draft.write(me, input.recipients(), input.subject(), input.bodyHtml(), clock.instant());
        } else {
            draft = mine(me, input.id());
            draft.save(me, input.version(), input.recipients(), input.subject(), input.bodyHtml(), clock.instant());
        }
        store(draft);
        keepFiles(draft, input.attachmentIds());
        return new SavedDraft(draft.id().toString(), draft.version(), draft.savedAt());
    }

    /** Deletes the draft and the files kept with it, for good, if the caller's copy is its latest version. */
    public void delete(String draftId, long version) {
        Account me = caller.account();
        Draft draft = mine(me, draftId);
        draft.checkVersion(version);
        List<Attachment> files = attachments.ofDrafts(List.of(draft.id()));
        files.forEach(attachments::remove);
        drafts.remove(draft);
        storage.deleteAfterCommit(files.stream().map(Attachment::id).toList());
        audit.record(AuditEvent.of(AuditAction.DELETE_DRAFT, me.practiceId(), me.id(), draft.id(), clock.instant()));
    }

    /** Only whom the caller may write to, as when sending: a draft names no one else. */
    private void checkAddressable(Account me, List<String> recipients) {
        List<AccountId> people = recipients.stream().filter(key -> key.startsWith(PERSON))
                .map(key -> AccountId.parse(key.substring(PERSON.length())).orElseThrow(() ->
                        ThreadRefusal.recipient("refusal.recipient.unknown", null))).toList();
        Map<AccountId, Account> found = new java.util.HashMap<>();
        accounts.findAll(people).forEach(account -> found.put(account.id(), account));
        for (AccountId id : people) {
            Account other = found.get(id);
            String refusal = other == null ? "refusal.recipient.unknown" : Addressing.refusal(me, other).orElse(null);
            if (refusal != null) {
                throw ThreadRefusal.recipient(refusal, id);
            }
        }
        if (!me.isStaff() && recipients.stream().anyMatch(key -> key.startsWith("group:"))) {
            throw ThreadRefusal.recipient("refusal.recipient.groupsForStaffOnly", null);
        }
    }

    private void store(Draft draft) {
        try {
            drafts.store(draft);
        } catch (OptimisticLockException concurrentSave) {
            throw DraftRefusal.changedElsewhere(draft.id());
        }
    }

    private void keepFiles(Draft draft, List<String> attachmentIds) {
        List<AttachmentId> ids = attachmentIds.stream()
                .map(text -> AttachmentId.parse(text).orElseThrow(() -> AttachmentRefusal.notAvailable(null))).toList();
        List<Attachment> found = attachments.findAll(ids);
        if (found.size() != ids.size()) {
            throw AttachmentRefusal.notAvailable(null);
        }
        found.forEach(file -> file.keepWith(draft));
    }

    private Draft mine(Account me, String draftId) {
        Draft draft = DraftId.parse(draftId).flatMap(drafts::find).orElseThrow(() -> DraftRefusal.notAvailable(null));
        draft.checkAuthor(me);
        return draft;
    }

    private static Optional<String> label(String key, Map<AccountId, String> names) {
        if (!key.startsWith(PERSON)) {
            return Optional.of(key);
        }
        return AccountId.parse(key.substring(PERSON.length())).map(names::get);
    }
}
