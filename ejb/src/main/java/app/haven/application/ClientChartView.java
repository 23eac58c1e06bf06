package app.haven.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A client's chart as staff see it: Docs &amp; Forms and chart notes, newest first. */
public record ClientChartView(String clientId, String clientName, List<Document> documents, List<Note> notes)
        implements Serializable {

    /** A shared attachment in Docs &amp; Forms. */
    public record Document(String attachmentId, String fileName, long sizeBytes, String sharedByName, Instant sharedAt,
                           String threadId) implements Serializable {
    }

    /** A chart note; {@code threadId} is null when the thread it came from was deleted. */
    public record Note(String id, String authorName, Instant writtenAt, String bodyHtml, String threadId)
            implements Serializable {
    }
}
