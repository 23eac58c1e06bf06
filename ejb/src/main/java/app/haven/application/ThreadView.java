package app.haven.application;

import java.util.List;
import java.util.Optional;

/**
 * A thread as its reader sees it: messages oldest first, who takes part, whether the reader may
 * reply (and the bundle key of why not), and whether they may delete the whole thread.
 */
public record ThreadView(String id, String subject, List<MessageView> messages, List<ParticipantView> participants,
                         Optional<String> replyRefusal, boolean mayDeleteThread) {

    public boolean mayReply() {
        return replyRefusal.isEmpty();
    }
}
