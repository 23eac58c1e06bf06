package app.haven.web.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * The send baseline: the rows one send writes (thread, first message, one participation per
 * person, one queued notification per recipient, one audit event), inserted over plain JDBC in one
 * transaction on a connection of the same pool. No checks, no sanitising, no lookups.
 */
final class SendSql {

    private static final String[] TABLES = {"message_thread", "message", "participation", "notification", "audit_event"};
    private static volatile String sunrise;

    private SendSql() {
    }

    /** The clients one send of sender {@code k}, number {@code i}, goes to: Sunrise clients, never the same twice in a row. */
    static List<String> recipients(int k, int i, int count) {
        int start = (k * 1_500 + i * 5) % 15_000;
        return IntStream.range(0, count).mapToObj(j -> Seed.clientId(1 + (start + j) % 15_000)).toList();
    }

    static void send(DataSource data, String senderId, int k, int i, int count) throws SQLException {
        List<String> recipients = recipients(k, i, count);
        try (Connection db = data.getConnection()) {
            String practice = practice(db);
            db.setAutoCommit(false);
            try {
                Timestamp now = Timestamp.from(Instant.now());
                String thread = HavenBenchmark.randomId();
                try (PreparedStatement insert = db.prepareStatement("insert into message_thread (id, practice_id, subject,"
                        + " started_by, started_at, version) values (?, ?, ?, ?, ?, 0)")) {
                    insert.setString(1, thread);
                    insert.setString(2, practice);
                    insert.setString(3, "Baseline " + k + "-" + i);
                    insert.setString(4, senderId);
                    insert.setTimestamp(5, now);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = db.prepareStatement("insert into message (id, thread_id, position, author_id,"
                        + " body, sent_at) values (?, ?, 0, ?, ?, ?)")) {
                    insert.setString(1, HavenBenchmark.randomId());
                    insert.setString(2, thread);
                    insert.setString(3, senderId);
                    insert.setString(4, HavenBenchmark.BODY);
                    insert.setTimestamp(5, now);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = db.prepareStatement("insert into participation (id, thread_id, account_id,"
                        + " client, folder, received, sent, unread, last_read_at, last_activity_at)"
                        + " values (?, ?, ?, ?, 'INBOX', ?, ?, ?, ?, ?)")) {
                    participation(insert, thread, senderId, false, true, now);
                    for (String recipient : recipients) {
                        participation(insert, thread, recipient, true, false, now);
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement insert = db.prepareStatement("insert into notification (id, practice_id, recipient_id,"
                        + " status, attempts, next_attempt_at, created_at, version) values (?, ?, ?, 'PENDING', 0, ?, ?, 0)")) {
                    for (String recipient : recipients) {
                        insert.setString(1, HavenBenchmark.randomId());
                        insert.setString(2, practice);
                        insert.setString(3, recipient);
                        insert.setTimestamp(4, now);
                        insert.setTimestamp(5, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement insert = db.prepareStatement("insert into audit_event (id, occurred_at, action,"
                        + " practice_id, actor_id, subject_id) values (?, ?, 'SEND', ?, ?, ?)")) {
                    insert.setString(1, HavenBenchmark.randomId());
                    insert.setTimestamp(2, now);
                    insert.setString(3, practice);
                    insert.setString(4, senderId);
                    insert.setString(5, thread);
                    insert.executeUpdate();
                }
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    private static void participation(PreparedStatement insert, String thread, String account, boolean client,
                                      boolean received, Timestamp now) throws SQLException {
        insert.setString(1, HavenBenchmark.randomId());
        insert.setString(2, thread);
        insert.setString(3, account);
        insert.setBoolean(4, client);
        insert.setBoolean(5, received);
        insert.setBoolean(6, !received);
        insert.setBoolean(7, received);
        insert.setTimestamp(8, received ? null : now);
        insert.setTimestamp(9, now);
        insert.addBatch();
    }

    private static String practice(Connection db) throws SQLException {
        if (sunrise == null) {
            sunrise = Seed.single(db, "select id from practice where name = 'Sunrise Counseling'");
        }
        return sunrise;
    }

    static long[] rowCounts(DataSource data) throws SQLException {
        long[] counts = new long[TABLES.length];
        try (Connection db = data.getConnection()) {
            for (int i = 0; i < TABLES.length; i++) {
                counts[i] = Seed.count(db, "select count(*) from " + TABLES[i]);
            }
        }
        return counts;
    }

    /** Rows added to the five tables since the counts given. */
    static long rowsAdded(DataSource data, long[] before) throws SQLException {
        long[] after = rowCounts(data);
        long added = 0;
        for (int i = 0; i < after.length; i++) {
            added += after[i] - before[i];
        }
        return added;
    }
}
