package app.haven.application;

import java.io.Serializable;

/** A client in the list of charts a staff member may open. */
public record ClientSummary(String id, String displayName, boolean inactive) implements Serializable {
}
