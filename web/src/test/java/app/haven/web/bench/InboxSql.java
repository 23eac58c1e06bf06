package app.haven.web.bench;

import app.haven.domain.thread.MailboxCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The inbox baseline: the three statements the EJB's page costs (participations with their
 * threads, keyset-paged; the participants of those threads; their names), over plain JDBC on a
 * connection of the same pool, every column read.
 */
final class InboxSql {

    private static final String PAGE = "select p.id, p.thread_id, p.account_id, p.client, p.folder, p.received, p.sent,"
            + " p.unread, p.last_read_at, p.last_activity_at, t.id, t.practice_id, t.subject, t.started_by, t.started_at,"
            + " t.version from participation p join message_thread t on t.id = p.thread_id"
            + " where p.account_id = ? and p.folder = 'INBOX' and p.received = true%s"
            + " order by p.last_activity_at desc, t.id desc limit ?";
    private static final String AFTER = " and p.last_activity_at <= ? and (p.last_activity_at < ? or t.id < ?)";

    private InboxSql() {
    }

    /** One page; answers the number of participation rows read. */
    static int page(DataSource data, String account, MailboxCursor after, int limit) throws SQLException {
        try (Connection db = data.getConnection()) {
            List<String> threads = new ArrayList<>();
            try (PreparedStatement page = db.prepareStatement(String.format(PAGE, after == null ? "" : AFTER))) {
                int i = 1;
                page.setString(i++, account);
                if (after != null) {
                    Timestamp at = Timestamp.from(after.lastActivityAt());
                    page.setTimestamp(i++, at);
                    page.setTimestamp(i++, at);
                    page.setString(i++, after.threadId().toString());
                }
                page.setInt(i, limit);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        readAll(rows);
                        threads.add(rows.getString(2));
                    }
                }
            }
            List<String> people = new ArrayList<>();
            try (PreparedStatement participants = db.prepareStatement("select thread_id, account_id from participation"
                    + " where thread_id in (" + marks(threads.size()) + ")")) {
                for (int i = 0; i < threads.size(); i++) {
                    participants.setString(i + 1, threads.get(i));
                }
                try (ResultSet rows = participants.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                        people.add(rows.getString(2));
                    }
                }
            }
            List<String> distinct = people.stream().distinct().toList();
            try (PreparedStatement names = db.prepareStatement("select id, display_name from account where id in ("
                    + marks(distinct.size()) + ")")) {
                for (int i = 0; i < distinct.size(); i++) {
                    names.setString(i + 1, distinct.get(i));
                }
                try (ResultSet rows = names.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                        rows.getString(2);
                    }
                }
            }
            return threads.size();
        }
    }

    private static void readAll(ResultSet rows) throws SQLException {
        for (int column = 1; column <= 16; column++) {
            rows.getObject(column);
        }
    }

    static String marks(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(","));
    }
}
