package app.haven.web.it;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;

/**
 * GreenMail whose SMTP server answers "550 5.1.1" to RCPT for one address, through GreenMail's own
 * extension points (its SMTP manager's recipient check): the permanent refusal of a real relay.
 */
public final class RefusingSmtp extends GreenMail {

    private static volatile String refused = "";

    private RefusingSmtp(ServerSetup setup) {
        super(setup);
    }

    public static GreenMail refusing(String address, ServerSetup setup) {
        refused = address;
        return new RefusingSmtp(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        SmtpManager smtp = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
                return refused.equalsIgnoreCase(address.getEmail()) ? "550 5.1.1 Mailbox unavailable" : null;
            }
        };
        return super.createServices(config, new Managers() {
            @Override
            public SmtpManager getSmtpManager() {
                return smtp;
            }

            @Override
            public UserManager getUserManager() {
                return managers.getUserManager();
            }

            @Override
            public ImapHostManager getImapHostManager() {
                return managers.getImapHostManager();
            }
        });
    }
}
