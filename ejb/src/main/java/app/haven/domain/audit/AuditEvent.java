package app.haven.domain.audit;

import app.haven.domain.account.AccountId;
import app.haven.domain.practice.PracticeId;
import app.haven.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail. Immutable once written: no column is updatable and the application
 * has no operation that changes or removes an event.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @Column(name = "id", length = 36, updatable = false)
    private String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "practice_id", length = 36, updatable = false)
    private String practiceId;

    @Column(name = "actor_id", length = 36, updatable = false)
    private String actorId;

    @Column(name = "subject_id", length = 36, updatable = false)
    private String subjectId;

    @Column(name = "detail", length = 80, updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    private AuditEvent(AuditAction action, PracticeId practice, AccountId actor, String subjectId, Instant at) {
        this.id = Ids.random().toString();
        this.action = Objects.requireNonNull(action, "action");
        this.occurredAt = Objects.requireNonNull(at, "at").atOffset(ZoneOffset.UTC);
        this.practiceId = practice == null ? null : practice.toString();
        this.actorId = actor == null ? null : actor.toString();
        this.subjectId = subjectId;
    }

    /** Something an identified person did, optionally to an object known by its id. */
    public static AuditEvent of(AuditAction action, PracticeId practice, AccountId actor, Object subjectId, Instant at) {
        return new AuditEvent(action, practice, actor, subjectId == null ? null : subjectId.toString(), at);
    }

    /**
     * The same, with a detail that is never content: an action name or a rule's bundle key.
     */
    public AuditEvent withDetail(String detail) {
        this.detail = detail == null || detail.length() <= 80 ? detail : detail.substring(0, 80);
        return this;
    }

    /** Something nobody can be named for (e.g. a sign-in with an unknown name). */
    public static AuditEvent anonymous(AuditAction action, Instant at) {
        return new AuditEvent(action, null, null, null, at);
    }

    public AuditAction action() {
        return action;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public Optional<AccountId> actor() {
        return Optional.ofNullable(actorId).map(AccountId::of);
    }

    public Optional<PracticeId> practice() {
        return Optional.ofNullable(practiceId).map(PracticeId::of);
    }

    public Optional<String> subjectId() {
        return Optional.ofNullable(subjectId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
