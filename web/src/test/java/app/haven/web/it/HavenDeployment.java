package app.haven.web.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.importer.ZipImporter;

/**
 * The one deployment of every integration test: the Payara Micro WAR that {@code mvn package}
 * built (the real application, ejb module included), plus the test helpers and a web fragment that
 * opens Arquillian's runner servlet (and nothing else) past the deny-by-default constraint.
 * Deployed at the root context, as in production.
 */
public final class HavenDeployment {

    private HavenDeployment() {
    }

    public static WebArchive haven() {
        WebArchive application = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File("target/haven.war"))
                .as(WebArchive.class);
        return application
                .addPackage(HavenDeployment.class.getPackage())
                .addAsLibrary(jarOf(Assertions.class))
                .addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                .addAsLibrary(jarOf(org.slf4j.LoggerFactory.class))
                .addAsLibrary(jarOf(org.awaitility.Awaitility.class))
                .addAsLibrary(jarOf(org.hamcrest.Matcher.class))
                .addAsLibrary(jarOf(org.jsoup.Jsoup.class))
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "haven-test-access.jar")
                        .addAsManifestResource("test-access/web-fragment.xml", "web-fragment.xml"));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
