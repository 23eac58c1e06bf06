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
 * The inbox baseline: the statements the EJB's page sends (the page's rows from participations
 * and their threads, keyset-paged; the participants of those threads with their names; that the
 * caller's account exists only when the page is empty), over plain JDBC on one connection of the
 * same pool, every column read. Without a transaction, as the EJB sends them (a read at READ COMMITTED
 * gains nothing from one: each statement reads what was committed when it started).
 */
final class InboxSql {

    private static final String PAGE = "select t.id, t.subject, p.last_activity_at, p.unread"
            + " from participation p join message_thread t on t.id = p.thread_id"
            + " where p.account_id = ? and p.folder = 'INBOX' and p.received = true%s"
            + " order by p.last_activity_at desc, t.id desc limit ?";
    private static final String CALLER = "select a.id from account a where a.id = ?";
    private static final String AFTER = " and p.last_activity_at <= ? and (p.last_activity_at < ? or t.id < ?)";

    private InboxSql() {
    }

    /** One page; answers the number of participation rows read. */
    static int page(DataSource data, String account, MailboxCursor after, int limit) throws SQLException {
        try (Connection db = data.getConnection()) {
            return page(db, account, after, limit);
        }
    }

    private static int page(Connection db, String account, MailboxCursor after, int limit) throws SQLException {
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
            threads.addAll(readAll(page, 4).stream().map(row -> (String) row[0]).toList());
        }
        if (threads.isEmpty()) {
            try (PreparedStatement caller = db.prepareStatement(CALLER)) {
                caller.setString(1, account);
                readAll(caller, 1);
            }
            return 0;
        }
        try (PreparedStatement participants = db.prepareStatement("select p.thread_id, p.account_id, a.display_name"
                + " from participation p join account a on a.id = p.account_id where p.thread_id in (" + marks(threads.size()) + ")"
                + " order by p.thread_id, a.display_name, a.id")) {
            bind(participants, threads);
            readAll(participants, 3);
        }
        return threads.size();
    }

    private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }

    /** Every column of every row, as the EJB's entities and reports read them. */
    private static List<Object[]> readAll(PreparedStatement statement, int columns) throws SQLException {
        List<Object[]> read = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int column = 0; column < columns; column++) {
                    row[column] = rows.getObject(column + 1);
                }
                read.add(row);
            }
        }
        return read;
    }

    static String marks(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(","));
    }
}
