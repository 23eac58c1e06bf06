package app.haven.web.it.launch;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's managed Payara Micro connector, with two changes for a suite that starts one instance
 * per test class on a busy two-core machine.
 * <ul>
 * <li><b>A start that did not report its deployment is tried once more.</b> CI saw two test
 * classes fail within seconds with "No applications were found deployed to Payara Micro" in an
 * otherwise green run; it was not seen here. The connector (3.1) throws that when its timed wait
 * for the instance's banner runs out, or when the output it recorded does not hold the banner.
 * After a wait that ran out it also leaves its output watcher running, which goes on rewriting
 * that record with the old instance's output. So every start gets a connector of its own. Any
 * failed deployment is tried twice, a broken one too: it then fails twice as slowly.</li>
 * <li><b>An instance has ended before the next starts.</b> The connector's undeploy only asks the
 * process to stop; the next test class would otherwise start while the last instance still holds
 * the embedded database's file and a share of the two cores. It is given a minute, then stopped
 * outright. Only the JVM's own child processes running this Payara Micro jar are waited for or
 * stopped.</li>
 * </ul>
 */
public class StartedOnceMore implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(StartedOnceMore.class.getName());
    private static final long STOP_SECONDS = 60;
    private static final long FORCED_STOP_SECONDS = 10;

    private PayaraMicroContainerConfiguration configuration;
    private PayaraMicroDeployableContainer connector;
    private List<ProcessHandle> started = List.of();

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
        this.connector = newConnector();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return connector.getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        try {
            return start(archive);
        } catch (DeploymentException notReported) {
            LOG.warning(() -> "Payara Micro did not report the deployment (" + notReported.getMessage()
                    + "): it is stopped and started once more");
            undeploy(archive);
            return start(archive);
        }
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        connector.undeploy(archive);
        try {
            for (ProcessHandle instance : started) {
                awaitEnd(instance);
            }
        } catch (InterruptedException interrupted) {
            started.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
            throw new DeploymentException("Interrupted while Payara Micro stopped: it was stopped outright", interrupted);
        } finally {
            started = List.of();
        }
    }

    /** Starts an instance on a connector of its own, noting the processes that run it. */
    private ProtocolMetaData start(Archive<?> archive) throws DeploymentException {
        connector = newConnector();
        List<ProcessHandle> before = ProcessHandle.current().children().collect(Collectors.toList());
        try {
            return connector.deploy(archive);
        } finally {
            String jar = configuration.getMicroJarFile().getAbsolutePath();
            started = ProcessHandle.current().children()
                    .filter(child -> !before.contains(child))
                    .filter(child -> child.info().commandLine().filter(line -> line.contains(jar)).isPresent())
                    .collect(Collectors.toList());
        }
    }

    private PayaraMicroDeployableContainer newConnector() {
        PayaraMicroDeployableContainer fresh = new PayaraMicroDeployableContainer();
        fresh.setup(configuration);
        return fresh;
    }

    private static void awaitEnd(ProcessHandle instance) throws InterruptedException {
        long asked = System.nanoTime();
        try {
            instance.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
            LOG.info(() -> String.format("Payara Micro (pid %d) stopped %.1f s after it was asked to", instance.pid(),
                    (System.nanoTime() - asked) / 1e9));
        } catch (TimeoutException stillRunning) {
            LOG.warning(() -> "Payara Micro (pid " + instance.pid() + ") had not stopped after " + STOP_SECONDS + " s: stopped outright");
            instance.destroyForcibly();
            try {
                instance.onExit().get(FORCED_STOP_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException stillThere) {
                LOG.warning(() -> "Payara Micro (pid " + instance.pid() + ") was still running " + FORCED_STOP_SECONDS
                        + " s after it was stopped outright");
            } catch (ExecutionException unexpected) {
                throw new IllegalStateException(unexpected);
            }
        } catch (ExecutionException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }
}
