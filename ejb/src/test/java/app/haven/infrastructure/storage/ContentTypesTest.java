package app.haven.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.attachment.AttachmentPolicy;
import app.haven.domain.attachment.AttachmentRefusal;
import app.haven.domain.attachment.FileName;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The upload corpus against the shipped allow-list: what the bytes are decides, and the name must agree. */
class ContentTypesTest {

    private static final AttachmentPolicy POLICY = shippedPolicy();
    private final ContentTypes types = new ContentTypes();

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("letter.pdf", UploadCorpus.pdf(), "application/pdf"),
                Arguments.of("scan.PNG", UploadCorpus.png(), "image/png"),
                Arguments.of("photo.jpg", UploadCorpus.jpeg(), "image/jpeg"),
                Arguments.of("photo.jpeg", UploadCorpus.jpeg(), "image/jpeg"),
                Arguments.of("smile.gif", UploadCorpus.gif(), "image/gif"),
                Arguments.of("notes.txt", UploadCorpus.text(), "text/plain"),
                Arguments.of("intake.docx", UploadCorpus.docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("hours.xlsx", UploadCorpus.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of("plan.odt", UploadCorpus.odt(), "application/vnd.oasis.opendocument.text"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("report.pdf", UploadCorpus.windowsProgram(), "typeNotAccepted"),
                Arguments.of("setup.exe", UploadCorpus.windowsProgram(), "typeNotAccepted"),
                Arguments.of("notes.txt", UploadCorpus.linuxProgram(), "typeNotAccepted"),
                Arguments.of("form.pdf", UploadCorpus.javaClass(), "typeNotAccepted"),
                Arguments.of("letter.txt", UploadCorpus.htmlWithScript(), "typeNotAccepted"),
                Arguments.of("letter.pdf", UploadCorpus.htmlWithScript(), "typeNotAccepted"),
                Arguments.of("page.html", UploadCorpus.htmlWithScript(), "typeNotAccepted"),
                Arguments.of("chart.png", UploadCorpus.svgWithScript(), "typeNotAccepted"),
                Arguments.of("chart.svg", UploadCorpus.svgWithScript(), "typeNotAccepted"),
                Arguments.of("scan.pdf", UploadCorpus.zip(), "typeNotAccepted"),
                Arguments.of("archive.zip", UploadCorpus.zip(), "typeNotAccepted"),
                Arguments.of("run.txt", UploadCorpus.shellScript(), "typeNotAccepted"),
                Arguments.of("intake.docx", UploadCorpus.rtf(), "typeNotAccepted"),
                Arguments.of("intake.docx", UploadCorpus.oldOfficeDocument(), "typeNotAccepted"),
                Arguments.of("photo.jpg", UploadCorpus.png(), "nameDoesNotMatchContent"),
                Arguments.of("picture.png", UploadCorpus.pdf(), "nameDoesNotMatchContent"),
                Arguments.of("scan.pdf", UploadCorpus.jpeg(), "nameDoesNotMatchContent"),
                Arguments.of("../../etc/passwd", UploadCorpus.text(), "nameDoesNotMatchContent"),
                Arguments.of("invoice\u202Efdp.exe", UploadCorpus.pdf(), "nameDoesNotMatchContent"),
                Arguments.of("bill\r\n.pdf", UploadCorpus.text(), "nameDoesNotMatchContent"));
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("accepted")
    void allowedContentUnderAnAgreeingNameIsAccepted(String name, byte[] content, String type) throws IOException {
        assertThat(checked(name, content)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} refused: {2}")
    @MethodSource("refused")
    void spoofedDangerousOrMislabelledFilesAreRefused(String name, byte[] content, String rule) {
        assertThatThrownBy(() -> checked(name, content)).isInstanceOf(AttachmentRefusal.class)
                .hasMessage("refusal.attachment." + rule);
    }

    @Test
    void detectionLeavesTheStreamAtItsStart() throws IOException {
        byte[] pdf = UploadCorpus.pdf();
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(pdf), 64 * 1024);
        types.detect(in, FileName.of("a.pdf"));
        assertThat(in.readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void theShippedAllowListIsTheOneOfTheIssue() {
        assertThatCode(() -> POLICY.check("application/pdf", "application/pdf")).doesNotThrowAnyException();
        assertThat(POLICY.allowedTypes()).hasSize(8);
        assertThat(POLICY.maxBytes()).isEqualTo(10L * 1024 * 1024);
    }

    private String checked(String name, byte[] content) throws IOException {
        FileName fileName = FileName.of(name);
        String type = types.detect(new BufferedInputStream(new ByteArrayInputStream(content)), fileName);
        POLICY.check(type, types.byName(fileName));
        return type;
    }

    private static AttachmentPolicy shippedPolicy() {
        Properties settings = new Properties();
        try (InputStream in = ContentTypesTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            settings.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new AttachmentPolicy(Long.parseLong(settings.getProperty("haven.attachments.max-bytes")),
                new HashSet<>(Arrays.asList(settings.getProperty("haven.attachments.allowed-types").split(","))));
    }
}
