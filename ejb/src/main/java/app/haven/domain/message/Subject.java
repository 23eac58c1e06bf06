package app.haven.domain.message;

/**
 * The subject of a thread, shown to every recipient: required, trimmed, 1 to 200 characters
 * (SPEC R3). Line breaks and other control characters are folded into spaces.
 */
public record Subject(String text) {

    public static final int MAX_LENGTH = 200;

    public Subject {
        if (text == null) {
            throw new InvalidMessage("refusal.subject.required");
        }
        text = text.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.isEmpty()) {
            throw new InvalidMessage("refusal.subject.required");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidMessage("refusal.subject.tooLong");
        }
    }

    @Override
    public String toString() {
        return "Subject[" + text.length() + " chars]";
    }
}
