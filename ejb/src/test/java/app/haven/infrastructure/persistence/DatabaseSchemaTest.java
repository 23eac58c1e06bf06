package app.haven.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSchemaTest {

    @Test
    void aPostgresqlUrlWithoutTheSwitchIsReported() {
        assertThat(DatabaseSchema.quotesRowValues("PostgreSQL", "jdbc:postgresql://db.clinic.internal:5432/haven")).isTrue();
        assertThat(DatabaseSchema.quotesRowValues("PostgreSQL", "jdbc:postgresql://db:5432/haven?logServerErrorDetail=true"))
                .isTrue();
        // the driver takes the last value given
        assertThat(DatabaseSchema.quotesRowValues("PostgreSQL",
                "jdbc:postgresql://db:5432/haven?logServerErrorDetail=false&logServerErrorDetail=true")).isTrue();
        // the driver's property names are case-sensitive: this one is ignored
        assertThat(DatabaseSchema.quotesRowValues("PostgreSQL", "jdbc:postgresql://db:5432/haven?LOGSERVERERRORDETAIL=false"))
                .isTrue();
    }

    @Test
    void aPostgresqlUrlWithTheSwitchIsNot() {
        assertThat(DatabaseSchema.quotesRowValues("PostgreSQL",
                "jdbc:postgresql://db:5432/haven?ssl=true&logServerErrorDetail=false")).isFalse();
        assertThat(DatabaseSchema.quotesRowValues("PostgreSQL",
                "jdbc:postgresql://db:5432/haven?logServerErrorDetail=true&logServerErrorDetail=false")).isFalse();
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertThat(DatabaseSchema.quotesRowValues("H2", "jdbc:h2:file:/var/lib/haven/db/haven")).isFalse();
    }

    @Test
    void postgresqlBefore14IsReportedForTheDraftPurgeAndNothingElseIs() {
        assertThat(DatabaseSchema.lacksTidRangeScans("PostgreSQL", 13)).isTrue();
        assertThat(DatabaseSchema.lacksTidRangeScans("PostgreSQL", 14)).isFalse();
        assertThat(DatabaseSchema.lacksTidRangeScans("PostgreSQL", 15)).isFalse();
        assertThat(DatabaseSchema.lacksTidRangeScans("H2", 2)).isFalse();
    }
}
