package app.haven.domain.chart;

import app.haven.domain.account.Account;
import app.haven.domain.account.Listing;
import app.haven.domain.account.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may open a client's chart: staff of the client's own practice who care for the client
 * (the client's providers) or run the practice around them (front office, schedulers, billers,
 * practice admins). Never another practice, never a client, never an external agent: agents
 * work with the practice from outside it and have no place in its clinical record.
 */
public final class ChartAccess {

    private static final Set<Role> PRACTICE_WIDE = EnumSet.of(Role.FRONT_OFFICE, Role.SCHEDULER, Role.BILLER,
            Role.PRACTICE_ADMIN);

    private ChartAccess() {
    }

    public static boolean mayOpen(Account staff, Account client) {
        if (!staff.isStaff() || !staff.isEnabled() || !client.isClient() || !client.belongsTo(staff.practiceId())) {
            return false;
        }
        return staff.roles().stream().anyMatch(PRACTICE_WIDE::contains)
                || staff.hasRole(Role.PROVIDER) && client.assignedProviders().contains(staff.id());
    }

    /**
     * The clients whose chart the staff member may open ({@link #mayOpen}), as a listing of their
     * practice's clients whose name contains the text; none for anyone else.
     */
    public static Optional<Listing> openableBy(Account staff, String typed) {
        if (!staff.isStaff() || !staff.isEnabled()) {
            return Optional.empty();
        }
        if (staff.roles().stream().anyMatch(PRACTICE_WIDE::contains)) {
            return Optional.of(Listing.clients(staff.practiceId(), typed));
        }
        if (staff.hasRole(Role.PROVIDER)) {
            return Optional.of(Listing.clientsOf(staff.practiceId(), staff.id(), typed));
        }
        return Optional.empty();
    }

    /** The chart, or the refusal that says it is not available (the same for every reason). */
    public static void check(Account staff, Account client) {
        if (!mayOpen(staff, client)) {
            throw ChartRefusal.notAvailable(client.id());
        }
    }
}
