package app.haven.batch.purge;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the purge (a run per practice) once a day at {@code haven.drafts.purge-time} (24-hour clock, in the practice's
 * time zone {@code haven.time-zone}, the server's by default). The timer is not persistent: it is
 * created at every start, so a changed setting applies after a restart.
 */
@Startup
@Singleton
@DenyAll
public class DraftPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(DraftPurgeSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private DraftPurgeLauncher launcher;

    @Inject
    @ConfigProperty(name = "haven.drafts.purge-time", defaultValue = "03:30")
    private String purgeTime;

    @Inject
    @ConfigProperty(name = "haven.time-zone")
    private Optional<String> zone;

    @PostConstruct
    void schedule() {
        LocalTime at = LocalTime.parse(purgeTime);
        ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(zone.orElse(ZoneId.systemDefault().getId()));
        timers.createCalendarTimer(daily, new TimerConfig(null, false));
    }

    @Timeout
    void purge() {
        LOG.info(() -> "Draft purge started: executions " + launcher.startAll());
    }
}
