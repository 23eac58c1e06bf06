package app.haven.application;

import java.util.List;
import java.util.Optional;

/** One page of a folder and the token of the next page, if there is one. */
public record MailboxPage(List<ThreadSummary> threads, Optional<String> nextCursor) {
}
