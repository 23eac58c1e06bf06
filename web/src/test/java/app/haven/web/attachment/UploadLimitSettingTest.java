package app.haven.web.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The container's multipart limit and Haven's attachment limit are one number (SPEC R5). */
class UploadLimitSettingTest {

    @Test
    void theFacesServletsFileLimitIsTheAttachmentLimit() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher maxFileSize = Pattern.compile("<max-file-size>(\\d+)</max-file-size>").matcher(webXml);
        assertThat(maxFileSize.find()).isTrue();

        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            settings.load(in);
        }
        assertThat(Long.parseLong(maxFileSize.group(1)))
                .isEqualTo(Long.parseLong(settings.getProperty("haven.attachments.max-bytes")))
                .isEqualTo(10_485_760L);
    }
}
