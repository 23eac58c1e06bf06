package app.haven.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.attachment.AttachmentRefusal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** DOCX, XLSX and ODT must be what they say, not any ZIP renamed; and no archive is unpacked without end. */
class OfficeContainersTest {

    @Test
    void realDocumentsPass() {
        assertThatCode(() -> OfficeContainers.check(OfficeContainers.DOCX, in(UploadCorpus.docx()))).doesNotThrowAnyException();
        assertThatCode(() -> OfficeContainers.check(OfficeContainers.XLSX, in(UploadCorpus.xlsx()))).doesNotThrowAnyException();
        assertThatCode(() -> OfficeContainers.check(OfficeContainers.ODT, in(UploadCorpus.odt()))).doesNotThrowAnyException();
    }

    @Test
    void anyOtherZipRenamedAsADocumentIsRefused() {
        refused(OfficeContainers.DOCX, UploadCorpus.zip());
        refused(OfficeContainers.XLSX, UploadCorpus.docx());
        refused(OfficeContainers.DOCX, UploadCorpus.xlsx());
        refused(OfficeContainers.ODT, UploadCorpus.docx());
        refused(OfficeContainers.DOCX, zipOf("[Content_Types].xml", "<Types/>", "payload.exe", "MZ"));
        refused(OfficeContainers.ODT, zipOf("content.xml", "<x/>", "mimetype", OfficeContainers.ODT));
        refused(OfficeContainers.DOCX, "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anArchiveThatExpandsWithoutEndIsRefusedNotUnpacked() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 250; i++) {
                zip.write(zeros);
            }
        }
        refused(OfficeContainers.DOCX, bomb.toByteArray());
    }

    @Test
    void otherTypesAreNotContainers() {
        assertThatCode(() -> OfficeContainers.check("application/pdf", in(UploadCorpus.pdf()))).isInstanceOf(AttachmentRefusal.class);
        org.assertj.core.api.Assertions.assertThat(OfficeContainers.isContainer("application/pdf")).isFalse();
        org.assertj.core.api.Assertions.assertThat(OfficeContainers.isContainer(OfficeContainers.ODT)).isTrue();
    }

    private static void refused(String type, byte[] content) {
        assertThatThrownBy(() -> OfficeContainers.check(type, in(content))).isInstanceOf(AttachmentRefusal.class)
                .hasMessage("refusal.attachment.nameDoesNotMatchContent");
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] zipOf(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
