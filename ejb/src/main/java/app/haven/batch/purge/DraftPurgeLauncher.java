package app.haven.batch.purge;

import app.haven.domain.draft.DraftRetention;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts, restarts and lists the purge. The cutoff is fixed when a run starts (now minus the
 * retention, {@code haven.drafts.retention-days}) and travels as a job parameter, so a restart
 * purges exactly what the first attempt was meant to.
 */
@ApplicationScoped
public class DraftPurgeLauncher {

    public static final String JOB = "purge-expired-drafts";

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "haven.drafts.retention-days", defaultValue = "30")
    private long retentionDays;

    private DraftRetention retention;

    @PostConstruct
    void readRetention() {
        retention = DraftRetention.ofDays(retentionDays);
    }

    /** Starts a run for the drafts expired now; returns its execution id. */
    public long start() {
        return start(retention.cutoff(clock.instant()));
    }

    public long start(Instant cutoff) {
        Properties parameters = new Properties();
        parameters.setProperty("cutoff", cutoff.toString());
        return operator().start(JOB, parameters);
    }

    /** Restarts a failed or stopped run with its own parameters (its cutoff); returns the new execution id. */
    public long restart(long executionId) {
        JobOperator operator = operator();
        return operator.restart(executionId, operator.getParameters(executionId));
    }

    /** The latest runs, newest first. */
    public List<JobExecution> recent(int max) {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(JOB)) {
            return List.of();
        }
        List<JobInstance> instances = operator.getJobInstances(JOB, 0, max);
        return instances.stream().flatMap(instance -> operator.getJobExecutions(instance).stream())
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed()).limit(max).toList();
    }

    /** Whether this is the latest execution of its run (only that one may be restarted). */
    public boolean isLatestOfItsRun(long executionId) {
        JobOperator operator = operator();
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .mapToLong(JobExecution::getExecutionId).max().orElse(executionId) == executionId;
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
