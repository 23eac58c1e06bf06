package app.haven.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
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
            "fish.payara.connection-validation-method=auto-commit"
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
    }
}
