package app.haven.domain.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a delivery attempt failed, as the SMTP reply code only (never the server's text, which may
 * echo an address). A 5xx reply is permanent; a 4xx reply, a refused connection or a timeout is
 * temporary.
 */
public record DeliveryFailure(boolean permanent, String code) {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([45]\\d\\d)\\b");

    /** Classifies a failure from the messages of an exception and its causes. */
    public static DeliveryFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher code = REPLY_CODE.matcher(String.valueOf(cause.getMessage()));
            if (code.find()) {
                return new DeliveryFailure(code.group(1).startsWith("5"), code.group(1));
            }
        }
        return new DeliveryFailure(false, "NO_ANSWER");
    }
}
