package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.chart.ChartAccess;
import app.haven.domain.chart.ChartDocument;
import app.haven.domain.chart.ChartNote;
import app.haven.domain.chart.Charts;
import app.haven.domain.shared.HavenRefusal;
import app.haven.domain.thread.MessageId;
import app.haven.domain.thread.MessageThread;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a thread shows of the client chart (R12, R13): where its files are shared, to which
 * clients' Docs &amp; Forms the reader may share, whether the reader may write a Quick Note. Only
 * staff see any of it; clients see their thread and its files, never the chart.
 */
@Dependent
class ChartLinks {

    @Inject
    private Charts charts;

    @Inject
    private Accounts accounts;

    /** The files with the charts each is shared to (staff readers only). */
    Map<MessageId, List<AttachmentView>> withShares(Account reader, Map<MessageId, List<AttachmentView>> files) {
        List<AttachmentId> ids = files.values().stream().flatMap(List::stream).map(f -> AttachmentId.of(f.id())).toList();
        if (!reader.isStaff() || ids.isEmpty()) {
            return files;
        }
        List<ChartDocument> shares = charts.sharesOf(ids);
        Set<AccountId> named = new HashSet<>();
        shares.forEach(share -> named.addAll(List.of(share.clientId(), share.sharedBy())));
        Map<AccountId, String> names = accounts.displayNames(named);
        Map<String, List<ShareView>> byFile = shares.stream().collect(Collectors.groupingBy(
                share -> share.attachment().id().toString(), Collectors.mapping(share -> new ShareView(share.clientId().toString(),
                        names.get(share.clientId()), names.get(share.sharedBy()), share.sharedAt()), Collectors.toList())));
        Map<MessageId, List<AttachmentView>> decorated = new LinkedHashMap<>();
        files.forEach((message, list) -> decorated.put(message,
                list.stream().map(file -> file.sharedTo(byFile.getOrDefault(file.id(), List.of()))).toList()));
        return decorated;
    }

    /** The thread's clients whose chart the reader may open: where they may share its files. */
    List<ParticipantView> shareClients(Account reader, MessageThread thread, Map<AccountId, Account> people) {
        return thread.clientIds().stream().map(people::get).filter(client -> ChartAccess.mayOpen(reader, client))
                .map(client -> new ParticipantView(client.id().toString(), client.displayName(), true)).toList();
    }

    boolean mayQuickNote(Account reader, MessageThread thread, Map<AccountId, Account> people) {
        try {
            return ChartAccess.mayOpen(reader, people.get(ChartNote.quickNoteClient(reader, thread)));
        } catch (HavenRefusal notAllowed) {
            return false;
        }
    }

    /** Whether the reader may see the file through a client chart it is shared to. */
    boolean sharedToAChartOf(Account reader, AttachmentId attachment) {
        if (!reader.isStaff()) {
            return false;
        }
        List<AccountId> clients = charts.sharesOf(List.of(attachment)).stream().map(ChartDocument::clientId).toList();
        return !clients.isEmpty() && accounts.findAll(clients).stream().anyMatch(client -> ChartAccess.mayOpen(reader, client));
    }
}
