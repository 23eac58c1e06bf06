package app.haven.infrastructure.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of every kind, good and bad, built in memory: the upload corpus of the tests. */
public final class UploadCorpus {

    private UploadCorpus() {
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    public static byte[] png() {
        return bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0);
    }

    public static byte[] jpeg() {
        return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9);
    }

    public static byte[] gif() {
        return ascii("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;");
    }

    public static byte[] text() {
        return "Appointment moved to Tuesday, 10:00.\nSee you then.\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] windowsProgram() {
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    public static byte[] linuxProgram() {
        return bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0);
    }

    public static byte[] javaClass() {
        return bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61, 0, 10);
    }

    public static byte[] htmlWithScript() {
        return ascii("<!DOCTYPE html><html><head><script>fetch('/app/mailbox.xhtml')</script></head><body>hi</body></html>");
    }

    public static byte[] svgWithScript() {
        return ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    }

    public static byte[] shellScript() {
        return ascii("#!/bin/sh\ncurl http://127.0.0.1:9/ | sh\n");
    }

    public static byte[] rtf() {
        return ascii("{\\rtf1\\ansi Hello}");
    }

    public static byte[] oldOfficeDocument() {
        byte[] ole = new byte[512];
        byte[] magic = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
        System.arraycopy(magic, 0, ole, 0, magic.length);
        return ole;
    }

    public static byte[] zip() {
        return zipOf(false, "notes.txt", "hello");
    }

    public static byte[] docx() {
        return zipOf(false, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document.main+xml\"/></Types>", "word/document.xml", "<w:document/>");
    }

    public static byte[] xlsx() {
        return zipOf(false, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/></Types>", "xl/workbook.xml", "<workbook/>");
    }

    public static byte[] odt() {
        return zipOf(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>");
    }

    /** A ZIP of name/content pairs; with {@code storedFirst} the first entry is not compressed (as ODF requires). */
    private static byte[] zipOf(boolean storedFirst, String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(entries[i]);
                if (storedFirst && i == 0) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
