package app.haven.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.application.Directory;
import app.haven.application.PersonSummary;
import app.haven.application.SignIn;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the schema and its migrations, the demo data and its tenancy, passwords at
 * rest, the sign-in audit, deny-by-default EJBs and the settings applied at start-up.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Resource(lookup = "java:global/jdbc/haven")
    private DataSource database;

    @Inject
    private SignIn signIn;

    @Inject
    private Directory directory;

    @Inject
    private ServletContext servletContext;

    @Deployment
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @Test
    void everyMigrationIsAppliedSuccessfully() throws SQLException {
        List<String> failed = strings("select \"version\" from \"flyway_schema_history\" where not \"success\"");
        assertThat(failed).isEmpty();
        assertThat(strings("select \"version\" from \"flyway_schema_history\" where \"version\" is not null")).contains("1");
    }

    @Test
    void theDemoGroupIsSeededOnceWhateverTheNumberOfStarts() throws SQLException {
        assertThat(strings("select name from practice order by name"))
                .containsOnlyOnce("Harbor Therapy", "Sunrise Counseling");
        assertThat(strings("select login from account where login = 'paul.provider'")).hasSize(1);
    }

    @Test
    void everyClientsProvidersWorkInTheClientsOwnPractice() throws SQLException {
        List<String> crossing = strings("select c.login from client_provider cp"
                + " join account c on c.id = cp.client_id join account p on p.id = cp.provider_id"
                + " where c.practice_id <> p.practice_id");
        assertThat(crossing).isEmpty();
        assertThat(strings("select p.login from client_provider cp join account c on c.id = cp.client_id"
                + " join account p on p.id = cp.provider_id where c.login = 'dan.client'"))
                .containsExactlyInAnyOrder("paul.provider", "rita.provider");
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha256With600000Iterations() throws SQLException {
        List<String> hashes = strings("select password_hash from account where password_hash is not null");
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("PBKDF2WithHmacSHA256:600000:"));
        assertThat(hashes).doesNotHaveDuplicates();
    }

    @Test
    void signInAttemptsAreAuditedByAccountIdNeverByName() throws SQLException {
        String paul = strings("select id from account where login = 'paul.provider'").get(0);
        int before = count("select count(*) from audit_event");

        assertThat(signIn.attempt("paul.provider", "wrong".toCharArray())).isEmpty();
        assertThat(signIn.attempt("no.such.person", "wrong".toCharArray())).isEmpty();
        assertThat(signIn.attempt("Paul.Provider ", DemoPeople.PASSWORD.toCharArray())).isPresent();

        List<String> rows = strings("select action || '|' || coalesce(actor_id, '-') from audit_event"
                + " order by occurred_at desc fetch first 3 rows only");
        assertThat(count("select count(*) from audit_event")).isEqualTo(before + 3);
        assertThat(rows).containsExactlyInAnyOrder("SIGN_IN_FAILED|" + paul, "SIGN_IN_FAILED|-", "SIGN_IN_SUCCEEDED|" + paul);
        assertThat(strings("select coalesce(actor_id, '') || coalesce(subject_id, '') || coalesce(practice_id, '') from audit_event"))
                .allSatisfy(ids -> assertThat(ids).doesNotContain("paul").doesNotContain("@").doesNotContain("no.such"));
    }

    @Test
    void theSignInAnswerNamesTheAccountByIdOnly() {
        assertThat(signIn.attempt(DemoPeople.CLIENT, DemoPeople.PASSWORD.toCharArray())).hasValueSatisfying(who -> {
            assertThat(who.principalName()).matches(UUID_PATTERN);
            assertThat(who.groups()).containsExactly("CLIENT");
        });
    }

    @Test
    void useCasesRefuseAnonymousCallers() {
        assertThatThrownBy(() -> directory.me()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> directory.people("", 0, 25)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void useCasesSeeTheSignedInCaller() {
        SignedIn.as(DemoPeople.PROVIDER);
        assertThat(directory.me().displayName()).isEqualTo("Dr. Paul Okafor");
        SignedIn.as(DemoPeople.OTHER_PRACTICE_ADMIN);
        assertThat(directory.me().practiceName()).isEqualTo("Harbor Therapy");
        SignedIn.as(DemoPeople.CLIENT);
        assertThatThrownBy(() -> directory.people("", 0, 25)).isInstanceOf(EJBAccessException.class);
        SignedIn.nobody();
        assertThatThrownBy(() -> directory.me()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void thePeopleListIsReadInPagesStaffFirstAndFoundByAnyPartOfTheName() {
        SignedIn.as(DemoPeople.PROVIDER);
        long everyone = directory.peopleCount("");
        List<PersonSummary> whole = directory.people("", 0, 100);
        List<PersonSummary> inPagesOfThree = Pages.readInPagesOf(3, everyone, (first, max) -> directory.people("", first, max));

        assertThat(whole).hasSize((int) everyone);
        assertThat(inPagesOfThree).as("the same order on every page, nobody twice or left out").isEqualTo(whole);
        assertThat(whole).extracting(PersonSummary::displayName)
                .containsAll(DemoPeople.SUNRISE_NAMES).doesNotContainAnyElementsOf(DemoPeople.HARBOR_NAMES);
        int firstClient = whole.indexOf(whole.stream().filter(person -> person.clientStatus() != null).findFirst().orElseThrow());
        assertThat(firstClient).as("staff before the first client").isPositive();
        assertThat(whole.subList(firstClient, whole.size())).as("staff first").allMatch(person -> person.clientStatus() != null);
        assertThat(directory.people("OKAF", 0, 25)).extracting(PersonSummary::displayName).containsExactly("Dr. Paul Okafor");
        assertThat(directory.peopleCount("ita ch")).isEqualTo(1);
        assertThat(directory.people("hOlLy", 0, 25)).as("another practice's people").isEmpty();
        assertThat(directory.people("", -5, 2)).as("a row before the first is the first").isEqualTo(whole.subList(0, 2));
        assertThat(directory.peopleCount("%")).as("a wildcard is a character like any other").isZero();
        assertThat(directory.peopleCount("Dan\u0000")).as("a control character finds nobody").isZero();
        assertThat(directory.people("Dan\u0000", 0, 25)).isEmpty();
        SignedIn.as(DemoPeople.OTHER_PRACTICE_ADMIN);
        assertThat(directory.people("", 0, 100)).extracting(PersonSummary::displayName)
                .containsAll(DemoPeople.HARBOR_NAMES).doesNotContainAnyElementsOf(DemoPeople.SUNRISE_NAMES);
    }

    @Test
    void settingsFromConfigurationAreApplied() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(15);
        assertThat(servletContext.getInitParameter("jakarta.faces.PROJECT_STAGE")).isEqualTo("Production");
        assertThat(servletContext.getSessionCookieConfig().isHttpOnly()).isTrue();
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private int count(String sql) throws SQLException {
        return Integer.parseInt(strings(sql).get(0));
    }
}
