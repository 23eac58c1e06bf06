package app.haven.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorageOrderTest {

    @Test
    void theDriversProductNamePicksTheOrder() {
        assertThat(StorageOrder.of("PostgreSQL")).isEqualTo(StorageOrder.POSTGRESQL);
        assertThat(StorageOrder.of("H2")).isEqualTo(StorageOrder.H2);
    }

    @Test
    void anotherDatabaseIsRefusedByName() {
        assertThatThrownBy(() -> StorageOrder.of("MySQL")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Haven runs on PostgreSQL or H2, not on MySQL");
    }
}
