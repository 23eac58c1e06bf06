package app.haven.infrastructure.mail;

import app.haven.domain.notification.DeliveryFailure;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox. Every few seconds (a setting) it claims a batch of due notifications for a
 * few minutes, sends each outside any transaction, and records the outcome: sent, retry later, or
 * failed for good. A crash between commit and delivery loses nothing: the rows are still due, and
 * a claim that was never finished expires. Logs counts only.
 */
@MailSessionDefinition(
        name = OutboxDispatcher.MAIL_SESSION,
        transportProtocol = "smtp",
        host = "${MPCONFIG=haven.mail.host}",
        from = "${MPCONFIG=haven.mail.from}",
        user = "${MPCONFIG=haven.mail.user}",
        password = "${MPCONFIG=haven.mail.password}",
        properties = {
            "mail.smtp.port=${MPCONFIG=haven.mail.port}",
            // the EHLO name, given so that Jakarta Mail never looks the local host up in DNS
            "mail.smtp.localhost=${MPCONFIG=haven.mail.helo-name}",
            "mail.smtp.auth=${MPCONFIG=haven.mail.auth}",
            "mail.smtp.starttls.enable=${MPCONFIG=haven.mail.starttls}",
            "mail.smtp.starttls.required=${MPCONFIG=haven.mail.starttls}",
            "mail.smtp.connectiontimeout=10000",
            "mail.smtp.timeout=15000",
            "mail.smtp.writetimeout=15000"
        })
@Startup
@Singleton
@DenyAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    public static final String MAIL_SESSION = "java:app/mail/haven";

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final String SUMMARY = "Outbox: %d sent, %d to retry or failed";
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Resource
    private TimerService timers;

    @Resource(lookup = MAIL_SESSION)
    private Session mail;

    @Inject
    private OutboxRows rows;

    @Inject
    @ConfigProperty(name = "haven.mail.dispatch-interval-seconds", defaultValue = "15")
    private long intervalSeconds;

    @Inject
    @ConfigProperty(name = "haven.portal.url")
    private String portalUrl;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Duration.ofSeconds(intervalSeconds).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("haven-outbox", false));
    }

    @Timeout
    void dispatch() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still sending
        }
        try {
            deliverDue();
        } finally {
            running.set(false);
        }
    }

    private void deliverDue() {
        int sent = 0;
        int notSent = 0;
        for (String id : rows.claimDue(BATCH, LEASE)) {
            if (deliver(id)) {
                sent++;
            } else {
                notSent++;
            }
        }
        if (sent + notSent > 0) {
            LOG.info(String.format(SUMMARY, sent, notSent));
        }
    }

    private boolean deliver(String id) {
        Optional<String> address = rows.addressFor(id);
        if (address.isEmpty()) {
            rows.undeliverable(id);
            return false;
        }
        try {
            Transport.send(NotificationEmail.compose(mail, address.get(), id, portalUrl));
            rows.delivered(id);
            return true;
        } catch (MessagingException | RuntimeException failure) {
            rows.failed(id, DeliveryFailure.of(failure));
            return false;
        }
    }
}
