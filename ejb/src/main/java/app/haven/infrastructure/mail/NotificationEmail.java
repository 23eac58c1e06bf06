package app.haven.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;

/**
 * The only e-mail Haven sends (SPEC R9): a secure message is waiting, and where to sign in. By
 * design it has no parameter that could carry a sender, a subject, a body, a file name, a name or
 * the practice's specialty: only the recipient's address, the portal link and an opaque id.
 */
final class NotificationEmail {

    static final String SUBJECT = "You have a new secure message";
    static final String ID_HEADER = "X-Haven-Notification";

    private static final String TEXT = """
            Hello,

            You have a new secure message waiting for you.

            For your privacy, the message is not included in this e-mail. To read it, sign in at:
            %s

            If you did not expect this e-mail, you can ignore it, or contact your practice.

            This is an automatic e-mail; replies to this address are not read.
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><body style="font-family: sans-serif; color: #1f2a2b;">
            <p>Hello,</p>
            <p>You have a new secure message waiting for you.</p>
            <p>For your privacy, the message is not included in this e-mail. To read it, sign in at:<br>
            <a href="%1$s">%1$s</a></p>
            <p>If you did not expect this e-mail, you can ignore it, or contact your practice.</p>
            <p style="color: #5b6b6c;">This is an automatic e-mail; replies to this address are not read.</p>
            </body></html>
            """;

    private NotificationEmail() {
    }

    static String text(String portalUrl) {
        return TEXT.formatted(portalUrl);
    }

    static String html(String portalUrl) {
        return HTML.formatted(escape(portalUrl));
    }

    static MimeMessage compose(Session session, String to, String notificationId, String portalUrl)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(SUBJECT, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader(ID_HEADER, notificationId);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(text(portalUrl), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(html(portalUrl), "text/html; charset=UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        return message;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
