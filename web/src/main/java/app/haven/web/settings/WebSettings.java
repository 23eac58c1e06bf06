package app.haven.web.settings;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Applies the settings that {@code web.xml} cannot read from configuration: the session timeout,
 * the Secure flag of the session cookie and the Faces project stage. Runs before the Faces
 * runtime starts, so the project stage is in place when Faces reads it.
 */
public class WebSettings implements ServletContainerInitializer {

    static final String PROJECT_STAGE = "jakarta.faces.PROJECT_STAGE";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Config config = ConfigProvider.getConfig(WebSettings.class.getClassLoader());
        context.setSessionTimeout(config.getOptionalValue("haven.session.timeout-minutes", Integer.class).orElse(15));
        context.setInitParameter(PROJECT_STAGE,
                config.getOptionalValue("haven.faces.project-stage", String.class).orElse("Production"));
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(config.getOptionalValue("haven.session.secure-cookie", Boolean.class).orElse(false));
    }
}
