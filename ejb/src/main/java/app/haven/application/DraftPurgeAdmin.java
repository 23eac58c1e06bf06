package app.haven.application;

import app.haven.batch.purge.DraftPurgeLauncher;
import app.haven.batch.purge.PurgeTotals;
import app.haven.domain.account.Account;
import app.haven.domain.account.Roles;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.shared.HavenRefusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The draft purge for practice admins, of their own practice: recent runs with their counts, a run now, a restart of a failed run. */
@Stateless
@RolesAllowed(Roles.PRACTICE_ADMIN)
public class DraftPurgeAdmin {

    private static final int RUNS = 20;

    @Inject
    private Caller caller;

    @Inject
    private DraftPurgeLauncher launcher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The admin's own practice's runs (nothing of another practice's, not even counts). */
    public List<PurgeRun> recentRuns() {
        return launcher.recent(caller.account().practiceId(), RUNS).stream().map(this::run).toList();
    }

    /** Starts a run for the admin's practice now (or answers the one already running). */
    public long runNow() {
        long execution = launcher.start(caller.account().practiceId());
        record("start:" + execution);
        return execution;
    }

    /** Restarts a failed run of the admin's practice; another practice's run is "not available". */
    public long restart(long executionId) {
        if (!launcher.practiceOf(executionId).equals(Optional.of(caller.account().practiceId()))) {
            throw new HavenRefusal("refusal.purge.notAvailable", executionId);
        }
        long execution = launcher.restart(executionId);
        record("restart:" + executionId + "->" + execution);
        return execution;
    }

    private void record(String detail) {
        Account admin = caller.account();
        audit.record(AuditEvent.of(AuditAction.START_DRAFT_PURGE, admin.practiceId(), admin.id(), null, clock.instant())
                .withDetail(detail));
    }

    private PurgeRun run(JobExecution execution) {
        PurgeTotals totals = PurgeTotals.parse(execution.getExitStatus());
        BatchStatus status = execution.getBatchStatus();
        return new PurgeRun(execution.getExecutionId(), instant(execution.getStartTime()), instant(execution.getEndTime()),
                status.name(), totals.drafts(), totals.bytes(),
                (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) && launcher.isLatestOfItsRun(execution.getExecutionId()));
    }

    private static java.time.Instant instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant).orElse(null);
    }
}
