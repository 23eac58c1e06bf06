package app.haven.domain.chart;

import app.haven.domain.account.AccountId;
import app.haven.domain.attachment.AttachmentId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Chart documents and notes. */
public interface Charts {

    /** The client's Docs &amp; Forms, newest share first. */
    List<ChartDocument> documentsOf(AccountId client);

    /** The client's chart notes, newest first. */
    List<ChartNote> notesOf(AccountId client);

    /** Where these attachments are shared, in one query. */
    List<ChartDocument> sharesOf(Collection<AttachmentId> attachments);

    Optional<ChartDocument> share(AttachmentId attachment, AccountId client);

    void add(ChartDocument document);

    void remove(ChartDocument document);

    void add(ChartNote note);
}
