package app.haven.domain.thread;

import app.haven.domain.account.Account;
import app.haven.domain.account.ClientStatus;
import app.haven.domain.account.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a person may write to (SPEC R1, R2, R15), as one decision per sender and recipient.
 * <ul>
 * <li>Nobody writes across practices, or to a disabled staff member.</li>
 * <li>Staff write to anyone of their practice.</li>
 * <li>A client writes to their own providers and to schedulers, billers and front office; never to
 * another client, a provider who is not theirs, an external agent or an administrator.</li>
 * <li>An inactive client writes only to billers and front office, never to a provider, whether in
 * a new message or a reply; the status is the one at send time.</li>
 * </ul>
 */
public final class Addressing {

    private static final Set<Role> CLIENT_FACING = EnumSet.of(Role.SCHEDULER, Role.BILLER, Role.FRONT_OFFICE);
    private static final Set<Role> FOR_INACTIVE_CLIENTS = EnumSet.of(Role.BILLER, Role.FRONT_OFFICE);

    private Addressing() {
    }

    /** The bundle key of the reason why the sender may not write to the recipient, if any. */
    public static Optional<String> refusal(Account sender, Account recipient) {
        if (!recipient.belongsTo(sender.practiceId())) {
            return Optional.of("refusal.recipient.unknown");
        }
        if (recipient.isStaff() && !recipient.isEnabled()) {
            return Optional.of("refusal.recipient.unavailable");
        }
        return sender.isStaff() ? Optional.empty() : clientRefusal(sender, recipient);
    }

    /** Checks a whole list of recipients of a new message. */
    public static void check(Account sender, Collection<Account> recipients) {
        if (recipients.isEmpty()) {
            throw ThreadRefusal.noRecipients();
        }
        for (Account recipient : recipients) {
            refusal(sender, recipient).ifPresent(key -> {
                throw ThreadRefusal.recipient(key, recipient.id());
            });
        }
    }

    /** R15 for replies: an inactive client's reply may reach only billers and front office. */
    public static void checkReply(Account author, Collection<Account> recipients) {
        if (!isInactiveClient(author)) {
            return;
        }
        for (Account recipient : recipients) {
            inactiveClientRefusal(recipient).ifPresent(key -> {
                throw ThreadRefusal.recipient(key, recipient.id());
            });
        }
    }

    private static Optional<String> clientRefusal(Account client, Account recipient) {
        if (recipient.isClient()) {
            return Optional.of("refusal.recipient.otherClient");
        }
        if (isInactiveClient(client)) {
            return inactiveClientRefusal(recipient);
        }
        if (client.assignedProviders().contains(recipient.id())
                || recipient.roles().stream().anyMatch(CLIENT_FACING::contains)) {
            return Optional.empty();
        }
        return Optional.of(recipient.hasRole(Role.PROVIDER)
                ? "refusal.recipient.notYourProvider" : "refusal.recipient.notForClients");
    }

    private static Optional<String> inactiveClientRefusal(Account recipient) {
        if (recipient.hasRole(Role.PROVIDER)) {
            return Optional.of("refusal.recipient.inactiveToProvider");
        }
        if (recipient.roles().stream().noneMatch(FOR_INACTIVE_CLIENTS::contains)) {
            return Optional.of("refusal.recipient.inactiveOnlyBillingAndFrontOffice");
        }
        return Optional.empty();
    }

    private static boolean isInactiveClient(Account account) {
        return account.clientStatus().filter(ClientStatus.INACTIVE::equals).isPresent();
    }
}
