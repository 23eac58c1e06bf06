package app.haven.infrastructure.storage;

import app.haven.domain.attachment.AttachmentRefusal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The second look at DOCX, XLSX and ODT files, which are ZIP archives: Tika core knows them only by
 * "a ZIP whose name says so", so any archive renamed {@code .docx} would pass. A real one has the
 * parts its format requires (an OOXML content-types part and main document; an ODF "mimetype" entry
 * first, naming the type). Reading is bounded in entries and unpacked bytes, so an archive built to
 * expand without end (a zip bomb) is refused, not unpacked.
 */
final class OfficeContainers {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final Map<String, List<String>> REQUIRED_PARTS = Map.of(
            DOCX, List.of("[Content_Types].xml", "word/document.xml"),
            XLSX, List.of("[Content_Types].xml", "xl/workbook.xml"));
    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_UNPACKED = 200L * 1024 * 1024;

    private OfficeContainers() {
    }

    static boolean isContainer(String type) {
        return REQUIRED_PARTS.containsKey(type) || ODT.equals(type);
    }

    /** Refuses the file unless it really is a document of the type. */
    static void check(String type, InputStream content) {
        try (ZipInputStream zip = new ZipInputStream(content)) {
            Set<String> names = new HashSet<>();
            long unpacked = 0;
            int entries = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw AttachmentRefusal.nameDoesNotMatchContent();
                }
                names.add(entry.getName());
                StringBuilder head = new StringBuilder();
                for (int n = zip.read(buffer); n != -1; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw AttachmentRefusal.nameDoesNotMatchContent();
                    }
                    if (entries == 1 && head.length() < 100) {
                        head.append(new String(buffer, 0, Math.min(n, 100), StandardCharsets.US_ASCII));
                    }
                }
                if (entries == 1 && ODT.equals(type)
                        && !("mimetype".equals(entry.getName()) && head.toString().equals(ODT))) {
                    throw AttachmentRefusal.nameDoesNotMatchContent();
                }
            }
            if (entries == 0 || !names.containsAll(REQUIRED_PARTS.getOrDefault(type, List.of()))) {
                throw AttachmentRefusal.nameDoesNotMatchContent();
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            throw AttachmentRefusal.nameDoesNotMatchContent();
        }
    }
}
