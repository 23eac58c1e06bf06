package app.haven.domain.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a file is shown and downloaded under: the last segment of what the browser sent, with
 * control and formatting characters (CR, LF, right-to-left override, zero-width...) removed,
 * characters that are not allowed in file names on common systems replaced, and at most 255
 * characters, extension kept. It is only ever a label: files are stored under their id.
 */
public record FileName(String value) {

    public static final int MAX_LENGTH = 255;
    private static final String RESERVED = "<>:\"|?*";

    public FileName {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw AttachmentRefusal.badName();
        }
    }

    /** The safe form of a name sent by a browser; refused when nothing usable is left. */
    public static FileName of(String sent) {
        if (sent == null) {
            throw AttachmentRefusal.badName();
        }
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (!invisible(c)) {
                safe.appendCodePoint(RESERVED.indexOf(c) >= 0 ? '_' : c);
            }
        });
        String cleaned = strip(safe.toString());
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.' || c == '_')) {
            throw AttachmentRefusal.badName();
        }
        return new FileName(shortened(cleaned));
    }

    /** The extension in lower case, without the dot; empty when there is none. */
    public Optional<String> extension() {
        int dot = value.lastIndexOf('.');
        return dot <= 0 || dot == value.length() - 1 ? Optional.empty()
                : Optional.of(value.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /** No leading or trailing spaces or dots (hidden files, "..", names Windows cannot keep). */
    private static String strip(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (Character.isWhitespace(name.charAt(start)) || name.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(name.charAt(end - 1)) || name.charAt(end - 1) == '.')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String shortened(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(base.charAt(keep - 1))) {
            keep--;
        }
        return base.substring(0, keep).strip() + extension;
    }
}
