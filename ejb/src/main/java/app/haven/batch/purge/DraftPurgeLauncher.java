package app.haven.batch.purge;

import app.haven.domain.draft.DraftRetention;
import app.haven.domain.practice.Practice;
import app.haven.domain.practice.PracticeId;
import app.haven.domain.practice.Practices;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts, restarts and lists the purge, one run per practice (nothing, not even a count, crosses
 * practices). The cutoff is fixed when a run starts (now minus {@code haven.drafts.retention-days})
 * and travels as a job parameter with the practice, so a restart purges exactly what the first
 * attempt was meant to. A practice never has two runs at once. The job runtime keeps its repository
 * in Haven's own data source, so these calls run outside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DraftPurgeLauncher {

    public static final String JOB = "purge-expired-drafts";
    /** The job's parameters: the practice's id, the cutoff (an ISO-8601 instant) and, optionally, the slice width. */
    public static final String PRACTICE = "practice";
    public static final String CUTOFF = "cutoff";
    public static final String WIDTH = "width";

    @Inject
    private Practices practices;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "haven.drafts.retention-days", defaultValue = "30")
    private long retentionDays;

    private DraftRetention retention;

    /**
     * The batch runtime's operator, looked up once: {@link BatchRuntime#getJobOperator()} runs a
     * {@code ServiceLoader} over the application's class path on every call, and a listing of
     * recent runs asks the operator once per execution.
     */
    private JobOperator operator;

    @PostConstruct
    void open() {
        retention = DraftRetention.ofDays(retentionDays);
        operator = BatchRuntime.getJobOperator();
    }

    /** The daily run: one per practice that is not purging already. */
    public List<Long> startAll() {
        Set<PracticeId> busy = runningPractices();
        Instant cutoff = retention.cutoff(clock.instant());
        return practices.all().stream().map(Practice::id).filter(practice -> !busy.contains(practice))
                .map(practice -> start(practice, cutoff)).toList();
    }

    /** Starts a run for the practice's drafts expired now, or answers the one already running. */
    public long start(PracticeId practice) {
        return running(practice).orElseGet(() -> start(practice, retention.cutoff(clock.instant())));
    }

    public long start(PracticeId practice, Instant cutoff) {
        Properties parameters = new Properties();
        parameters.setProperty(PRACTICE, practice.toString());
        parameters.setProperty(CUTOFF, cutoff.toString());
        return operator.start(JOB, parameters);
    }

    /** Restarts a failed or stopped run with its own parameters (its practice and cutoff). */
    public long restart(long executionId) {
        return operator.restart(executionId, operator.getParameters(executionId));
    }

    /** The practice's latest runs, newest first. */
    public List<JobExecution> recent(PracticeId practice, int max) {
        if (!operator.getJobNames().contains(JOB)) {
            return List.of();
        }
        int instances = operator.getJobInstanceCount(JOB);
        List<JobInstance> all = operator.getJobInstances(JOB, 0, instances);
        return all.stream().flatMap(instance -> operator.getJobExecutions(instance).stream())
                .filter(execution -> practice.equals(practiceOf(execution.getExecutionId()).orElse(null)))
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed()).limit(max).toList();
    }

    /** The practice a run belongs to. */
    public Optional<PracticeId> practiceOf(long executionId) {
        return Optional.ofNullable(operator.getParameters(executionId)).map(p -> p.getProperty(PRACTICE))
                .flatMap(id -> Optional.ofNullable(app.haven.domain.shared.Ids.parseOrNull(id))).map(PracticeId::new);
    }

    /** Whether this is the latest execution of its run (only that one may be restarted). */
    public boolean isLatestOfItsRun(long executionId) {
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .mapToLong(JobExecution::getExecutionId).max().orElse(executionId) == executionId;
    }

    public JobExecution execution(long executionId) {
        return operator.getJobExecution(executionId);
    }

    private Optional<Long> running(PracticeId practice) {
        return runningExecutions().stream().filter(execution -> practice.equals(practiceOf(execution).orElse(null))).findFirst();
    }

    /** The practices with a run going on, asked of the job repository once. */
    private Set<PracticeId> runningPractices() {
        return runningExecutions().stream().map(this::practiceOf).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private List<Long> runningExecutions() {
        try {
            return operator.getRunningExecutions(JOB);
        } catch (NoSuchJobException noneRunning) {
            // the batch runtime answers so when no execution of the job is running
            return List.of();
        }
    }
}
