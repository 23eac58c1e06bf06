package app.haven.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class WebSettingsTest {

    @Test
    void primeFacesUploadChecksLogNoWarningThatWouldNameAFile() {
        Logger uploadChecks = Logger.getLogger("org.primefaces.util.FileUploadUtils");
        uploadChecks.setLevel(Level.INFO);

        WebSettings.quietLoggersThatNameFiles();

        assertThat(uploadChecks.isLoggable(Level.WARNING)).isFalse();
        assertThat(uploadChecks.isLoggable(Level.SEVERE)).isTrue();
    }
}
