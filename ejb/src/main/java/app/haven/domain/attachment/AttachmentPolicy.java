package app.haven.domain.attachment;

import java.util.Locale;
import java.util.Set;

/**
 * What Haven accepts as an attachment (SPEC R5): any number of files, each at most
 * {@code maxBytes} and never empty, whose type, detected from the bytes, is on the allow-list and
 * is also the type its name announces (a program renamed ".pdf" is refused, and so is a PNG
 * named ".jpg").
 */
public record AttachmentPolicy(long maxBytes, Set<String> allowedTypes) {

    /** 10 MiB, SPEC R5. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public AttachmentPolicy {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        allowedTypes = allowedTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Checks a file by its detected type (from its bytes) and the type its name announces.
     * Refuses a type not on the allow-list and a name that does not agree with the content.
     */
    public void check(String detectedType, String typeByName) {
        String detected = baseType(detectedType);
        if (!allowedTypes.contains(detected)) {
            throw AttachmentRefusal.typeNotAccepted();
        }
        if (!detected.equals(baseType(typeByName))) {
            throw AttachmentRefusal.nameDoesNotMatchContent();
        }
    }

    public void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw AttachmentRefusal.tooLarge(maxBytes);
        }
        if (bytes == 0) {
            throw AttachmentRefusal.empty();
        }
    }

    /** The limit as people read it: "10" for 10 MiB, "2.5" for 2.5 MiB. */
    public static String mebibytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(Locale.ROOT, "%.1f", mib);
    }

    private static String baseType(String type) {
        if (type == null) {
            return "";
        }
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
