package app.haven.application;

import java.io.Serializable;
import java.time.Instant;

/** An attachment's place in a client's Docs &amp; Forms: whose chart, who shared it, when. */
public record ShareView(String clientId, String clientName, String sharedByName, Instant sharedAt) implements Serializable {
}
