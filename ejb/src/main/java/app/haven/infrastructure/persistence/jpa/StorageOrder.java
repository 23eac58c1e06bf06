package app.haven.infrastructure.persistence.jpa;

/**
 * Where a table's rows lie in the database's own storage, so that a job can walk a large table
 * slice by slice and read each page once (the draft purge). Positions count from 0.
 * <ul>
 * <li>PostgreSQL: page numbers. A condition on {@code ctid} between two pages is read with a TID
 * range scan, which reads exactly those pages (PostgreSQL 14 and later; older versions read the
 * whole table for it). The end is the table's size in pages.</li>
 * <li>H2: row numbers ({@code _ROWID_}, the key H2 stores a table's rows under), read from its
 * primary index in order.</li>
 * </ul>
 * Haven runs on these two databases only.
 */
enum StorageOrder {

    POSTGRESQL("select pg_relation_size('%1$s') / current_setting('block_size')::bigint",
            "%1$s.ctid >= cast('(' || ? || ',0)' as tid) and %1$s.ctid < cast('(' || ? || ',0)' as tid)"),
    H2("select coalesce(max(_ROWID_) + 1, 0) from %1$s",
            "%1$s._ROWID_ >= ? and %1$s._ROWID_ < ?");

    private static final String UNKNOWN = "Haven runs on PostgreSQL or H2, not on %s";

    private final String end;
    private final String slice;

    StorageOrder(String end, String slice) {
        this.end = end;
        this.slice = slice;
    }

    /** The database's storage order, by the product name its JDBC driver gives. */
    static StorageOrder of(String product) {
        return switch (product) {
            case "PostgreSQL" -> POSTGRESQL;
            case "H2" -> H2;
            default -> throw new IllegalStateException(String.format(UNKNOWN, product));
        };
    }

    /** A query for the position just past the table's last row, now. */
    String end(String table) {
        return String.format(end, table);
    }

    /** A condition on the rows of the aliased table from the first position parameter to (excluded) the second. */
    String slice(String alias) {
        return String.format(slice, alias);
    }
}
