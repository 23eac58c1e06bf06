package app.haven.domain.thread;

import app.haven.domain.account.Account;
import app.haven.domain.account.Role;
import app.haven.domain.practice.PracticeId;
import java.util.EnumSet;

/** The test-data builder of the domain tests: people of two practices, by what they do. */
public final class People {

    public static final PracticeId SUNRISE = PracticeId.random();
    public static final PracticeId HARBOR = PracticeId.random();

    public static final Account PROVIDER = staff(Role.PROVIDER);
    public static final Account OTHER_PROVIDER = staff(Role.PROVIDER);
    public static final Account FRONT_OFFICE = staff(Role.FRONT_OFFICE);
    public static final Account SCHEDULER = staff(Role.SCHEDULER);
    public static final Account BILLER = staff(Role.BILLER);
    public static final Account EXTERNAL_AGENT = staff(Role.EXTERNAL_AGENT);
    public static final Account ADMIN = staff(Role.PRACTICE_ADMIN);
    public static final Account PROVIDER_WHO_BILLS = staff(Role.PROVIDER, Role.BILLER);
    public static final Account CLIENT = client(PROVIDER);
    public static final Account OTHER_CLIENT = client(OTHER_PROVIDER);
    public static final Account INACTIVE_CLIENT = inactive(client(PROVIDER));
    public static final Account HARBOR_STAFF = Account.staff(HARBOR, "h", "H", "h@example.org", EnumSet.of(Role.FRONT_OFFICE));
    public static final Account HARBOR_CLIENT = Account.client(HARBOR, "hc", "HC", "hc@example.org");
    public static final Account DISABLED_STAFF = disabled(staff(Role.FRONT_OFFICE));

    private People() {
    }

    public static Account staff(Role role, Role... more) {
        return Account.staff(SUNRISE, "s" + PracticeId.random(), "Staff", "s@example.org", EnumSet.of(role, more));
    }

    public static Account client(Account... providers) {
        Account client = Account.client(SUNRISE, "c" + PracticeId.random(), "Client", "c@example.org");
        for (Account provider : providers) {
            client.assignProvider(provider);
        }
        return client;
    }

    private static Account inactive(Account client) {
        client.deactivate();
        return client;
    }

    private static Account disabled(Account staff) {
        staff.disable();
        return staff;
    }
}
