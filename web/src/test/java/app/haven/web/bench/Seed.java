package app.haven.web.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The clinic group at scale, written with set-based SQL on PostgreSQL (generate_series: the rows
 * never travel through Java). Everything it writes is deterministic: the id of staff member 7 is
 * md5('bench-s-7') as a UUID, so later steps find people and threads without asking.
 * <ul>
 * <li>Two practices (the demo's Sunrise Counseling and Harbor Therapy): staff 1-150 and clients
 * 1-15,000 in Sunrise, staff 151-200 and clients 15,001-20,000 in Harbor. Staff roles cycle
 * provider, provider, scheduler, biller, front office; every client has one provider.</li>
 * <li>Threads of five messages each. Threads 1-100,000 are the heavy provider's (staff 1) with a
 * client, every tenth with a front-office member too; the others are between other staff and
 * clients of both practices. Thread 1 is the newest; one thread starts every seven minutes going
 * back, so 200,000 threads span 2.7 years.</li>
 * <li>The heavy provider has read all but the newest 40 threads; other people have a few unread.</li>
 * <li>100,000 drafts, every other one last saved more than 30 days ago (expired).</li>
 * </ul>
 */
final class Seed {

    static final int STAFF = 200;
    static final int CLIENTS = 20_000;
    static final int THREADS = 200_000;
    static final int HEAVY_THREADS = 100_000;
    static final int MESSAGES_PER_THREAD = 5;
    static final int DRAFTS = 100_000;
    static final int HEAVY_UNREAD = 40;
    /** Staff 1: the heavy provider. */
    static final String HEAVY = "bench.staff.1";

    private Seed() {
    }

    static String staffId(int n) {
        return md5Uuid("bench-s-" + n);
    }

    static String clientId(int n) {
        return md5Uuid("bench-c-" + n);
    }

    static String login(int staff) {
        return "bench.staff." + staff;
    }

    /** Staff 2-150 of Sunrise who are providers: 2, 6, 7, 11, 12, ... (1 is the heavy one). */
    static int sunriseProvider(int k) {
        int n = k % 59 + 1;
        return n / 2 * 5 + 1 + n % 2;
    }

    /** People, roles, providers and drafts. */
    static void people(Connection db) throws SQLException {
        String sunrise = practice(db, "Sunrise Counseling");
        String harbor = practice(db, "Harbor Therapy");
        String hash = single(db, "select password_hash from account where login = 'paul.provider'");
        insertAccounts(db, """
                insert into account (id, practice_id, kind, login, display_name, email, password_hash, enabled,
                                     portal_account, client_status, version)
                select md5('bench-s-' || i)::uuid::text, case when i <= 150 then ? else ? end, 'STAFF',
                       'bench.staff.' || i, 'Staff Member ' || i, 'staff' || i || '@bench.invalid', ?, true, false, null, 0
                from generate_series(1, ?) i""", sunrise, harbor, hash, STAFF);
        execute(db, "insert into account_role (account_id, role) select md5('bench-s-' || i)::uuid::text,"
                + " (array['FRONT_OFFICE', 'PROVIDER', 'PROVIDER', 'SCHEDULER', 'BILLER'])[i % 5 + 1]"
                + " from generate_series(1, " + STAFF + ") i");
        insertAccounts(db, """
                insert into account (id, practice_id, kind, login, display_name, email, password_hash, enabled,
                                     portal_account, client_status, version)
                select md5('bench-c-' || i)::uuid::text, case when i <= 15000 then ? else ? end, 'CLIENT',
                       'bench.client.' || i, 'Client ' || i, 'client' || i || '@bench.invalid', ?, true, true,
                       case when i % 20 = 0 then 'INACTIVE' else 'ACTIVE' end, 0
                from generate_series(1, ?) i""", sunrise, harbor, hash, CLIENTS);
        // Sunrise's 60 providers are staff n <= 150 with n % 5 in (1, 2); Harbor's 20 are those above 150
        execute(db, "insert into client_provider (client_id, provider_id) select md5('bench-c-' || i)::uuid::text,"
                + " md5('bench-s-' || case when i <= 15000 then (i % 60) / 2 * 5 + 1 + i % 2"
                + " else 150 + (i % 20) / 2 * 5 + 1 + i % 2 end)::uuid::text from generate_series(1, " + CLIENTS + ") i");
        execute(db, """
                insert into draft (id, practice_id, author_id, recipients, subject, body, saved_at, version)
                select md5('bench-d-' || i)::uuid::text,
                       (select practice_id from account where id = md5('bench-s-' || s)::uuid::text),
                       md5('bench-s-' || s)::uuid::text, md5('bench-c-' || c)::uuid::text,
                       'Draft ' || i, '<p>Unfinished note number ' || i || ' about the next appointment.</p>',
                       case when i % 2 = 0 then now() - interval '31 days' - (i % 300) * interval '1 day'
                            else now() - (i % 29) * interval '1 day' - interval '1 hour' end, 0
                from (select i, case when i <= 75000 then i % 150 + 1 else 151 + i % 50 end as s,
                             case when i <= 75000 then i % 15000 + 1 else 15001 + i % 5000 end as c
                      from generate_series(1, 100000) i) d""");
    }

    /** People numbered 1 to {@code count}: the first ones in Sunrise, the rest in Harbor, all with the demo password. */
    private static void insertAccounts(Connection db, String sql, String sunrise, String harbor, String hash, int count)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setString(1, sunrise);
            insert.setString(2, harbor);
            insert.setString(3, hash);
            insert.setInt(4, count);
            insert.executeUpdate();
        }
    }

    /**
     * Threads {@code from} to {@code to} with their messages and participations. Threads up to
     * {@link #HEAVY_THREADS} are the heavy provider's.
     */
    static void threads(Connection db, int from, int to) throws SQLException {
        execute(db, "drop table if exists bench_thread");
        execute(db, """
                create temporary table bench_thread as
                select t, md5('bench-t-' || t)::uuid::text as id,
                       md5('bench-s-' || s)::uuid::text as staff,
                       md5('bench-c-' || c)::uuid::text as client,
                       case when t %% 10 = 0 and f <> s then md5('bench-s-' || f)::uuid::text end as third,
                       date_trunc('second', now()) - interval '5 hours' - t * interval '7 minutes' as started
                from (select t,
                             case when t <= %1$d then 1 when t %% 4 <> 0 then 2 + t %% 149 else 151 + t %% 50 end as s,
                             case when t <= %1$d then (t - 1) %% 15000 + 1 when t %% 4 <> 0 then t %% 15000 + 1
                                  else 15001 + t %% 5000 end as c,
                             case when t <= %1$d or t %% 4 <> 0 then 5 + 5 * (t %% 30) else 155 + 5 * (t %% 10) end as f
                      from generate_series(%2$d, %3$d) t) g""".formatted(HEAVY_THREADS, from, to));
        execute(db, """
                insert into message_thread (id, practice_id, subject, started_by, started_at, version)
                select b.id, a.practice_id, 'Follow-up ' || b.t, b.staff, b.started, 0
                from bench_thread b join account a on a.id = b.staff""");
        execute(db, """
                insert into message (id, thread_id, position, author_id, body, sent_at)
                select md5('bench-m-' || b.t || '-' || p)::uuid::text, b.id, p,
                       case when p %% 2 = 0 then b.staff else b.client end,
                       '<p>Message ' || p || ' of thread ' || b.t || '. Thank you for the update; let us talk about'
                           || ' it at the next session. <strong>Please</strong> bring the form we discussed.</p>',
                       b.started + p * interval '1 hour'
                from bench_thread b cross join generate_series(0, %d) p""".formatted(MESSAGES_PER_THREAD - 1));
        // the heavy provider files some threads away; everyone has read all but a few
        execute(db, """
                insert into participation (id, thread_id, account_id, client, folder, received, sent, unread,
                                           last_read_at, last_activity_at)
                select md5('bench-p-' || b.t || '-' || w.who)::uuid::text, b.id, w.account, w.who = 'c',
                       case when b.t %% 97 = 0 then 'TRASH' when b.t %% 50 = 0 then 'ARCHIVE' else 'INBOX' end,
                       true, w.who <> 'f', w.unread,
                       case when w.unread then null else b.started + interval '4 hours' end,
                       b.started + interval '4 hours'
                from bench_thread b cross join lateral (values
                        ('s', b.staff, case when b.t <= %1$d then b.t <= %2$d else b.t %% 11 = 0 end),
                        ('c', b.client, b.t %% 7 = 0),
                        ('f', b.third, b.t %% 3 = 0)) w(who, account, unread)
                where w.account is not null""".formatted(HEAVY_THREADS, HEAVY_UNREAD));
        execute(db, "drop table bench_thread");
    }

    /**
     * Fresh statistics and visibility maps, as autovacuum would leave them on a live system, and
     * the seeded rows written out (a checkpoint), so that no measurement pays for the seeding.
     */
    static void vacuum(Connection db) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(true);
        execute(db, "vacuum analyze");
        execute(db, "checkpoint");
        db.setAutoCommit(auto);
    }

    static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("java:global/jdbc/haven");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return row.getString(1);
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        return Long.parseLong(single(db, sql));
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String practice(Connection db, String name) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select id from practice where name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the demo practices are missing: start with haven.demo.seed=true");
                }
                return row.getString(1);
            }
        }
    }

    private static String md5Uuid(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().formatHex(digest);
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
