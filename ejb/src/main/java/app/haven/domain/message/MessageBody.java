package app.haven.domain.message;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message body as stored and shown: rich text that has passed the {@link BodyPolicy}. The only
 * way to get one from user input is {@link #sanitised(String)}, so unsafe markup can never reach
 * another user's browser. A body with no visible text is refused.
 */
public final class MessageBody {

    public static final int MAX_LENGTH = 200_000;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final String html;

    private MessageBody(String html) {
        this.html = html;
    }

    public static MessageBody sanitised(String untrustedHtml) {
        String html = BodyPolicy.POLICY.sanitize(untrustedHtml == null ? "" : untrustedHtml);
        if (visibleText(html).isBlank()) {
            throw new InvalidMessage("refusal.body.empty");
        }
        if (html.length() > MAX_LENGTH) {
            throw new InvalidMessage("refusal.body.tooLong");
        }
        return new MessageBody(html);
    }

    /**
     * The sanitised HTML of a draft's body, which may still be empty (empty when there is no
     * visible text yet); only the length is refused.
     */
    public static java.util.Optional<String> draft(String untrustedHtml) {
        String html = BodyPolicy.POLICY.sanitize(untrustedHtml == null ? "" : untrustedHtml);
        if (html.length() > MAX_LENGTH) {
            throw new InvalidMessage("refusal.body.tooLong");
        }
        return visibleText(html).isBlank() ? java.util.Optional.empty() : java.util.Optional.of(html);
    }

    private static String visibleText(String html) {
        return TAG.matcher(html).replaceAll("").replace("&nbsp;", " ").replace("&#160;", " ").replace('\u00a0', ' ');
    }

    /** A body read back from storage, where only sanitised bodies are ever written. */
    public static MessageBody stored(String html) {
        return new MessageBody(Objects.requireNonNull(html, "html"));
    }

    public String html() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageBody body && body.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return "MessageBody[" + html.length() + " chars]";
    }
}
