package app.haven.web.compose;

import app.haven.application.AddressBook;
import app.haven.application.AttachmentView;
import app.haven.application.Contact;
import app.haven.application.Messaging;
import app.haven.application.Outgoing;
import app.haven.domain.shared.HavenRefusal;
import app.haven.domain.thread.RecipientGroup;
import app.haven.domain.thread.ThreadId;
import app.haven.web.Texts;
import app.haven.web.attachment.StagedFiles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A new message (R1-R4, R15). The To field offers only whom the person may address, found by the
 * server as they type (never the whole practice, which may have tens of thousands of clients): for
 * staff everyone of the practice and the groups; for a client their providers (already chosen) and
 * the schedulers, billers and front office. Files are uploaded (and checked) one by one as they are
 * added and go with the message. The server checks everything again when it is sent.
 */
@Named("compose")
@ViewScoped
public class ComposePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PERSON = "person:";
    private static final String GROUP = "group:";
    private static final int SUGGESTIONS = 12;

    @Inject
    private transient Messaging messaging;

    @Inject
    private transient FacesContext faces;

    @Inject
    private StagedFiles attachments;
    /** What the page has offered, by key: the groups, and the people suggested, pre-selected or restored. */
    private final Map<String, String> labels = new LinkedHashMap<>();
    private boolean providersUnavailable;
    private List<String> recipients = new ArrayList<>();
    private String subject;
    private String body;
    private boolean sent;

    /** View action: the groups the person may use, and a client's providers pre-selected. */
    public void open() {
        AddressBook book = messaging.addressBook();
        for (RecipientGroup group : book.groups()) {
            labels.put(GROUP + group.name(), Texts.text(faces, "group." + group.name()));
        }
        known(book.preselected()).forEach(recipients::add);
        providersUnavailable = book.providersUnavailable();
    }

    /** The groups whose name contains what was typed, then the people the server finds for it. */
    public List<String> complete(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<String> offered = new ArrayList<>(labels.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(GROUP) && !recipients.contains(entry.getKey()))
                .filter(entry -> entry.getValue().toLowerCase(Locale.ROOT).contains(wanted))
                .map(Map.Entry::getKey).limit(SUGGESTIONS).toList());
        List<String> chosen = recipients.stream().filter(key -> key.startsWith(PERSON)).map(key -> key.substring(PERSON.length()))
                .toList();
        offered.addAll(known(messaging.suggestions(wanted, chosen, SUGGESTIONS - offered.size())));
        return offered;
    }

    /** The keys of these people, whose labels the page now knows (it shows only what the server offered). */
    private List<String> known(List<Contact> contacts) {
        List<String> keys = new ArrayList<>();
        for (Contact contact : contacts) {
            labels.put(PERSON + contact.accountId(), contact.displayName() + roleSuffix(contact));
            keys.add(PERSON + contact.accountId());
        }
        return keys;
    }

    public String label(String key) {
        return labels.getOrDefault(key, "");
    }

    /** What is written so far, to save as a draft and to tell whether it changed since. */
    public record Content(List<String> recipients, String subject, String body, List<String> attachmentIds)
            implements Serializable {
    }

    public Content content() {
        return new Content(List.copyOf(recipients), subject, body, attachments.ids());
    }

    /** Puts a reopened draft back into the form (recipients no longer addressable are left out). */
    public void restore(List<String> savedRecipients, String savedSubject, String savedBody, List<AttachmentView> files) {
        List<String> people = savedRecipients.stream().filter(key -> key.startsWith(PERSON)).map(key -> key.substring(PERSON.length()))
                .toList();
        known(people.isEmpty() ? List.of() : messaging.addressable(people));
        recipients = new ArrayList<>(savedRecipients.stream().filter(labels::containsKey).toList());
        subject = savedSubject;
        body = savedBody;
        attachments.restore(files);
    }

    /** Once sent, nothing of this page is saved as a draft any more (an autosave may still be on its way). */
    public boolean isSent() {
        return sent;
    }

    /** Whether the request sends the message (only then must To and Subject be filled in). */
    public boolean isSending() {
        String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        return source == null || source.endsWith(":send");
    }

    public void send(String draftId, long draftVersion) throws IOException {
        // only what the address book offered; the server checks every recipient again anyway
        List<String> chosen = recipients.stream().filter(labels::containsKey).toList();
        List<String> people = chosen.stream().filter(k -> k.startsWith(PERSON)).map(k -> k.substring(PERSON.length())).toList();
        Set<RecipientGroup> groups = EnumSet.noneOf(RecipientGroup.class);
        chosen.stream().filter(k -> k.startsWith(GROUP)).forEach(k -> groups.add(RecipientGroup.valueOf(k.substring(GROUP.length()))));
        try {
            ThreadId thread = messaging.send(new Outgoing(people, groups, subject, body, attachments.ids(), draftId, draftVersion));
            sent = true;
            attachments.sent();
            Texts.infoAfterRedirect(faces, "compose.sent");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/app/thread.xhtml?id=" + thread);
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
    }

    private String roleSuffix(Contact contact) {
        if (contact.client()) {
            return " (" + Texts.text(faces, "role.CLIENT") + ")";
        }
        return " (" + String.join(", ", contact.roles().stream().map(r -> Texts.text(faces, "role." + r.name())).toList()) + ")";
    }

    public StagedFiles getAttachments() {
        return attachments;
    }

    public boolean isProvidersUnavailable() {
        return providersUnavailable;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
