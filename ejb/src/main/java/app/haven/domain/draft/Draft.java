package app.haven.domain.draft;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.message.MessageBody;
import app.haven.domain.practice.PracticeId;
import app.haven.domain.thread.RecipientGroup;
import app.haven.domain.thread.ThreadRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A message being written (SPEC R6): its recipients (as the composer chose them: people and
 * groups), subject and sanitised body, and the time of its last save. Only its author sees or
 * changes it. Each save names the version it started from: a save from a stale copy (another tab)
 * is refused rather than silently overwriting the newer text.
 */
@Entity
@Table(name = "draft")
public class Draft {

    static final int MAX_RECIPIENTS_LENGTH = 100_000;
    static final int MAX_SUBJECT_LENGTH = 400;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "practice_id", nullable = false, length = 36, updatable = false)
    private String practiceId;

    @Column(name = "author_id", nullable = false, length = 36, updatable = false)
    private String authorId;

    @Column(name = "recipients", nullable = false, length = MAX_RECIPIENTS_LENGTH)
    private String recipients;

    @Column(name = "subject", length = MAX_SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body", length = MessageBody.MAX_LENGTH)
    private String body;

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Draft() {
        // for JPA
    }

    private Draft(Account author) {
        this.id = DraftId.random().toString();
        this.practiceId = author.practiceId().toString();
        this.authorId = author.id().toString();
    }

    /** A new draft of the author's with this content. */
    public static Draft write(Account author, List<String> recipients, String subject, String bodyHtml, Instant at) {
        Draft draft = new Draft(author);
        draft.fill(recipients, subject, bodyHtml, at);
        return draft;
    }

    /** Saves new content over the version the author's copy started from; refused if that is not the latest. */
    public void save(Account author, long fromVersion, List<String> recipients, String subject, String bodyHtml, Instant at) {
        checkAuthor(author);
        if (fromVersion != version) {
            throw DraftRefusal.changedElsewhere(id());
        }
        fill(recipients, subject, bodyHtml, at);
    }

    /** Checks, before the draft is sent or deleted from a copy, that the copy is its latest version. */
    public void checkVersion(long copyVersion) {
        if (copyVersion != version) {
            throw DraftRefusal.changedElsewhere(id());
        }
    }

    /** Refused as "not available" for anyone but its author. */
    public void checkAuthor(Account person) {
        if (!authorId.equals(person.id().toString())) {
            throw DraftRefusal.notAvailable(id());
        }
    }

    private void fill(List<String> recipientKeys, String subjectText, String bodyHtml, Instant at) {
        recipientKeys.stream().filter(key -> !isRecipientKey(key)).findFirst().ifPresent(key -> {
            throw ThreadRefusal.recipient("refusal.recipient.unknown", null);
        });
        String joined = String.join(",", recipientKeys);
        String cleanSubject = subjectText == null ? null : subjectText.strip();
        if (joined.length() > MAX_RECIPIENTS_LENGTH || cleanSubject != null && cleanSubject.length() > MAX_SUBJECT_LENGTH) {
            throw DraftRefusal.tooLong(id);
        }
        this.recipients = joined;
        this.subject = cleanSubject == null || cleanSubject.isEmpty() ? null : cleanSubject;
        this.body = MessageBody.draft(bodyHtml).orElse(null);
        this.savedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** A person ({@code person:<account id>}) or a group ({@code group:<name>}), as the composer offers them. */
    static boolean isRecipientKey(String key) {
        if (key == null) {
            return false;
        }
        if (key.startsWith("person:")) {
            return AccountId.parse(key.substring("person:".length())).isPresent();
        }
        return key.startsWith("group:")
                && Arrays.stream(RecipientGroup.values()).anyMatch(group -> key.equals("group:" + group.name()));
    }

    public DraftId id() {
        return DraftId.of(id);
    }

    public PracticeId practiceId() {
        return PracticeId.of(practiceId);
    }

    public AccountId authorId() {
        return AccountId.of(authorId);
    }

    public List<String> recipients() {
        return recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split(","));
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<String> bodyHtml() {
        return Optional.ofNullable(body);
    }

    public Instant savedAt() {
        return savedAt.toInstant();
    }

    public long version() {
        return version;
    }
}
