package app.haven.infrastructure.demo;

import app.haven.domain.account.Account;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.Role;
import app.haven.domain.practice.Practice;
import app.haven.domain.practice.PracticeId;
import app.haven.domain.practice.Practices;
import app.haven.infrastructure.security.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds a demo clinic group on first start when {@code haven.demo.seed=true} (the run command and
 * the tests turn it on; production leaves it off). Two practices: "Sunrise Counseling" with every
 * staff role, a disabled former staff member and four clients (one inactive, one without a portal
 * account), and "Harbor Therapy"
 * with its own people, to show that nothing crosses practices. Idempotent: a second start finds
 * the demo practice and adds nothing.
 */
@Startup
@Singleton
@DenyAll
@DependsOn("DatabaseSchema")
public class DemoPractice {

    public static final String PASSWORD = "haven-demo-2026";
    public static final String SUNRISE = "Sunrise Counseling";
    public static final String HARBOR = "Harbor Therapy";

    private static final Logger LOG = Logger.getLogger(DemoPractice.class.getName());

    /** The demo sign-ins: login, role shown in the banner. Names are fictitious. */
    private static final List<String[]> BANNER = List.of(
            new String[] {"alice.admin", "practice admin, Sunrise"},
            new String[] {"paul.provider", "provider (therapist), Sunrise"},
            new String[] {"rita.provider", "provider (therapist), Sunrise"},
            new String[] {"fiona.frontdesk", "front office, Sunrise"},
            new String[] {"sam.scheduler", "scheduler, Sunrise"},
            new String[] {"bill.biller", "biller, Sunrise"},
            new String[] {"eve.agent", "external agent, Sunrise"},
            new String[] {"olga.former", "former front office, disabled (cannot sign in)"},
            new String[] {"carla.client", "client of paul.provider"},
            new String[] {"dan.client", "client of paul.provider and rita.provider"},
            new String[] {"ivy.inactive", "INACTIVE client of rita.provider"},
            new String[] {"nora.noportal", "client without a portal account (cannot sign in)"},
            new String[] {"hank.admin", "practice admin + provider, Harbor (other practice)"},
            new String[] {"holly.client", "client, Harbor (other practice)"});

    @Inject
    @ConfigProperty(name = "haven.demo.seed", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "haven.portal.url")
    private String portalUrl;

    @Inject
    private Practices practices;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHashing passwords;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        if (practices.named(SUNRISE).isEmpty()) {
            seedSunrise();
            seedHarbor();
        }
        LOG.info(banner());
    }

    private void seedSunrise() {
        Practice sunrise = new Practice(SUNRISE);
        practices.add(sunrise);
        PracticeId id = sunrise.id();
        staff(id, "alice.admin", "Alice Moreno", EnumSet.of(Role.PRACTICE_ADMIN));
        Account paul = staff(id, "paul.provider", "Dr. Paul Okafor", EnumSet.of(Role.PROVIDER));
        Account rita = staff(id, "rita.provider", "Dr. Rita Chen", EnumSet.of(Role.PROVIDER));
        staff(id, "fiona.frontdesk", "Fiona Walsh", EnumSet.of(Role.FRONT_OFFICE));
        staff(id, "sam.scheduler", "Sam Patel", EnumSet.of(Role.SCHEDULER));
        staff(id, "bill.biller", "Bill Novak", EnumSet.of(Role.BILLER));
        staff(id, "eve.agent", "Eve Lindqvist", EnumSet.of(Role.EXTERNAL_AGENT));
        staff(id, "olga.former", "Olga Berg", EnumSet.of(Role.FRONT_OFFICE)).disable();
        client(id, "carla.client", "Carla Diaz", true, paul);
        client(id, "dan.client", "Dan Brooks", true, paul, rita);
        client(id, "ivy.inactive", "Ivy Turner", true, rita).deactivate();
        client(id, "nora.noportal", "Nora Fischer", false, paul);
    }

    private void seedHarbor() {
        Practice harbor = new Practice(HARBOR);
        practices.add(harbor);
        Account hank = staff(harbor.id(), "hank.admin", "Dr. Hank Morgan", EnumSet.of(Role.PRACTICE_ADMIN, Role.PROVIDER));
        client(harbor.id(), "holly.client", "Holly Reyes", true, hank);
    }

    private Account staff(PracticeId practice, String login, String name, EnumSet<Role> roles) {
        Account account = Account.staff(practice, login, name, login + "@staff.example.org", roles);
        account.changePassword(passwords.hash(PASSWORD.toCharArray()));
        accounts.add(account);
        return account;
    }

    private Account client(PracticeId practice, String login, String name, boolean portal, Account... providers) {
        Account account = Account.client(practice, login, name, login + "@clients.example.org");
        if (portal) {
            account.grantPortalAccount(passwords.hash(PASSWORD.toCharArray()));
        }
        for (Account provider : providers) {
            account.assignProvider(provider);
        }
        accounts.add(account);
        return account;
    }

    private String banner() {
        StringBuilder text = new StringBuilder("\n\n  Haven is starting at ").append(portalUrl)
                .append("\n  Demo sign-ins (password for all: ").append(PASSWORD).append("):\n");
        for (String[] line : BANNER) {
            text.append(String.format("    %-18s %s%n", line[0], line[1]));
        }
        return text.toString();
    }
}
