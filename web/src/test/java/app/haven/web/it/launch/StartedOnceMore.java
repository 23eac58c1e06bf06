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
 * <li><b>A start that did not report its deployment is tried once more</b>, on a new connector.
 * CI saw two test classes fail within seconds with "No applications were found deployed to Payara
 * Micro" in an otherwise green run. The connector (3.1) waits for the instance's banner with a
 * timed wait, and after a wait that ran out it leaves its output watcher running, which goes on
 * writing the connector's record of the output: the next start on the same connector can read the
 * old instance's output instead of its own. A fresh connector has its own record.</li>
 * <li><b>An instance has ended before the next starts.</b> The connector's undeploy only asks the
 * process to stop; the next test class would otherwise start while the last instance still holds
 * the embedded database's file and a share of the two cores. It is given a minute, then stopped
 * outright. Only the instances this JVM started are waited for or stopped.</li>
 * </ul>
 */
public class StartedOnceMore implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(StartedOnceMore.class.getName());
    private static final long STOP_SECONDS = 60;

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
            return deployNoting(archive);
        } catch (DeploymentException notReported) {
            LOG.warning(() -> "Payara Micro did not report the deployment (" + notReported.getMessage()
                    + "): it is stopped and started once more");
            undeploy(archive);
            connector = newConnector();
            return deployNoting(archive);
        }
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        connector.undeploy(archive);
        for (ProcessHandle instance : started) {
            awaitEnd(instance);
        }
        started = List.of();
    }

    private ProtocolMetaData deployNoting(Archive<?> archive) throws DeploymentException {
        List<ProcessHandle> before = ProcessHandle.current().children().collect(Collectors.toList());
        try {
            return connector.deploy(archive);
        } finally {
            started = ProcessHandle.current().children().filter(child -> !before.contains(child)).collect(Collectors.toList());
        }
    }

    private PayaraMicroDeployableContainer newConnector() {
        PayaraMicroDeployableContainer fresh = new PayaraMicroDeployableContainer();
        fresh.setup(configuration);
        return fresh;
    }

    private static void awaitEnd(ProcessHandle instance) {
        try {
            instance.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException stillRunning) {
            LOG.warning(() -> "Payara Micro (pid " + instance.pid() + ") had not stopped after " + STOP_SECONDS + " s: stopped outright");
            instance.destroyForcibly();
        } catch (ExecutionException unexpected) {
            throw new IllegalStateException(unexpected);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
