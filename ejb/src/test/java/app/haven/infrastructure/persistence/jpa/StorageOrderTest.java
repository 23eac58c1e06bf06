package app.haven.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorageOrderTest {

    @Test
    void postgresqlSlicesArePageRangesReadByTheirCtidAndH2SlicesAreRowNumbers() {
        assertThat(StorageOrder.of("PostgreSQL")).isEqualTo(StorageOrder.POSTGRESQL);
        assertThat(StorageOrder.POSTGRESQL.slice("d")).startsWith("d.ctid >= ").contains("d.ctid < ");
        assertThat(StorageOrder.POSTGRESQL.end("draft")).contains("pg_relation_size('draft')");
        assertThat(StorageOrder.of("H2")).isEqualTo(StorageOrder.H2);
        assertThat(StorageOrder.H2.slice("d")).isEqualTo("d._ROWID_ >= ? and d._ROWID_ < ?");
    }

    @Test
    void anotherDatabaseIsRefusedByName() {
        assertThatThrownBy(() -> StorageOrder.of("MySQL")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Haven runs on PostgreSQL or H2, not on MySQL");
    }
}
