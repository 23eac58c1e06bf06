package app.haven.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines Haven's data source and brings its schema up to date before anything else runs. The
 * connection settings come from MicroProfile Config ({@code haven.db.*}): the embedded H2 file
 * database by default, PostgreSQL by settings alone.
 */
@DataSourceDefinition(
        name = DatabaseSchema.DATA_SOURCE,
        className = "${MPCONFIG=haven.db.datasource-class}",
        url = "${MPCONFIG=haven.db.url}",
        user = "${MPCONFIG=haven.db.user}",
        password = "${MPCONFIG=haven.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            // every connection of the pool has the same settings: matching one to each request (on by
            // default for a defined data source) only compares copies of them (issue 9: 6-8% of a short call)
            "fish.payara.match-connections=false"
        })
@Startup
@Singleton
@DenyAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSchema {

    /** Global, so that the batch runtime can keep its job repository here too (config/payara-micro/batch-repository.asadmin). */
    public static final String DATA_SOURCE = "java:global/jdbc/haven";

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());
    private static final String MIGRATED = "Database schema is at version %s (%d migrations applied now)";
    private static final Pattern SERVER_ERROR_DETAIL = Pattern.compile("[?&]logServerErrorDetail=([^&]*)");
    private static final String ROW_VALUES_IN_ERRORS = "The PostgreSQL URL (haven.db.url) does not set"
            + " logServerErrorDetail=false: the driver's error messages then quote the values of a refused row,"
            + " which can be personal data, and messages reach the server log. Add ?logServerErrorDetail=false to the URL.";

    private static final String OLD_POSTGRESQL = "PostgreSQL %d is older than 14: it reads the whole draft table for each"
            + " slice of the nightly draft purge (no TID range scans), so the purge slows down with the square of the table's size."
            + " Upgrade PostgreSQL to 14 or later.";

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> String.format(MIGRATED, result.targetSchemaVersion, result.migrationsExecuted));
        try (Connection db = dataSource.getConnection()) {
            DatabaseMetaData database = db.getMetaData();
            if (quotesRowValues(database.getDatabaseProductName(), database.getURL())) {
                LOG.warning(ROW_VALUES_IN_ERRORS);
            }
            if (lacksTidRangeScans(database.getDatabaseProductName(), database.getDatabaseMajorVersion())) {
                LOG.warning(String.format(OLD_POSTGRESQL, database.getDatabaseMajorVersion()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database's description could not be read", e);
        }
    }

    /** Whether the database is a PostgreSQL before 14, which reads a range of pages by reading the whole table. */
    static boolean lacksTidRangeScans(String product, int majorVersion) {
        return "PostgreSQL".equals(product) && majorVersion < 14;
    }

    /**
     * Whether the driver's error messages quote the values of a row the database refused (a unique
     * key's "Key (...)=(...)", a failed batch entry's statement): PostgreSQL's do unless its URL sets
     * {@code logServerErrorDetail=false}. (H2, the embedded database for trying Haven out, has no such
     * switch; clinics' data belongs on PostgreSQL.) The driver takes the last value the URL gives.
     */
    static boolean quotesRowValues(String product, String url) {
        if (!"PostgreSQL".equals(product)) {
            return false;
        }
        Matcher setting = SERVER_ERROR_DETAIL.matcher(url);
        String last = null;
        while (setting.find()) {
            last = setting.group(1);
        }
        return !"false".equalsIgnoreCase(last);
    }
}
