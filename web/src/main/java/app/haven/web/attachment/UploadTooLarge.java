package app.haven.web.attachment;

import java.io.IOException;

/**
 * A post larger than an upload's form can be, in bytes or in fields: {@link StreamedUploads}
 * answers it with HTTP 413. The message names the limit that was passed, never the content.
 */
final class UploadTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    private final long permitted;

    UploadTooLarge(String message, long permitted) {
        super(message);
        this.permitted = permitted;
    }

    /** The limit that was passed (bytes, or a number of fields). */
    long permitted() {
        return permitted;
    }
}
