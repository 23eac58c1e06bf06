package app.haven.application;

import java.util.List;
import java.util.Optional;

/**
 * A thread as its reader sees it: messages oldest first, who takes part, whether the reader may
 * reply (and the bundle key of why not), whether they may delete the whole thread, the clients
 * to whose Docs &amp; Forms they may share its files (R12) and whether they may write a Quick
 * Note of it (R13).
 */
public record ThreadView(String id, String subject, List<MessageView> messages, List<ParticipantView> participants,
                         Optional<String> replyRefusal, boolean mayDeleteThread, List<ParticipantView> shareClients,
                         boolean mayQuickNote) {

    ThreadView withChart(List<ParticipantView> clients, boolean quickNote) {
        return new ThreadView(id, subject, messages, participants, replyRefusal, mayDeleteThread, clients, quickNote);
    }

    public boolean mayReply() {
        return replyRefusal.isEmpty();
    }
}
