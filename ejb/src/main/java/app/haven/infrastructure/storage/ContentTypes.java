package app.haven.infrastructure.storage;

import app.haven.domain.attachment.FileName;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;

/**
 * Types of files by Apache Tika: from the first bytes (magic numbers; the name only refines a
 * type the bytes already show, as DOCX refines ZIP) and from the name alone.
 */
@ApplicationScoped
public class ContentTypes {

    private final Tika tika = new Tika();

    /** The type of the content; the stream must support mark/reset and is left where it was. */
    public String detect(InputStream content, FileName name) throws IOException {
        if (!content.markSupported()) {
            throw new IllegalArgumentException("content must support mark/reset");
        }
        return tika.detect(content, name.value());
    }

    /** The type the name announces, by its extension. */
    public String byName(FileName name) {
        return tika.detect(name.value());
    }
}
