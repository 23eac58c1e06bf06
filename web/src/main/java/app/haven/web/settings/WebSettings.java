package app.haven.web.settings;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Applies the settings that {@code web.xml} cannot read from configuration: the session timeout,
 * the Secure flag of the session cookie and the Faces project stage. Runs before the Faces
 * runtime starts, so the project stage is in place when Faces reads it. It also quiets
 * PrimeFaces' upload checks, whose warnings name the file (PHI): the page says what was wrong.
 */
public class WebSettings implements ServletContainerInitializer {

    static final String PROJECT_STAGE = "jakarta.faces.PROJECT_STAGE";
    /** Held here: a logger nobody references may be collected, and its level with it. */
    private static final Logger UPLOAD_CHECKS = Logger.getLogger("org.primefaces.util.FileUploadUtils");

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        quietLoggersThatNameFiles();
        Config config = ConfigProvider.getConfig(WebSettings.class.getClassLoader());
        context.setSessionTimeout(config.getOptionalValue("haven.session.timeout-minutes", Integer.class).orElse(15));
        context.setInitParameter(PROJECT_STAGE,
                config.getOptionalValue("haven.faces.project-stage", String.class).orElse("Production"));
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(config.getOptionalValue("haven.session.secure-cookie", Boolean.class).orElse(false));
    }

    /** PrimeFaces logs a refused file's name at WARNING (and its checks' failures with it); only errors pass. */
    static void quietLoggersThatNameFiles() {
        UPLOAD_CHECKS.setLevel(Level.SEVERE);
    }
}
