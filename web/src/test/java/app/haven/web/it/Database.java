package app.haven.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Read-only SQL for in-container tests: what an auditor would see in the tables. */
public final class Database {

    private Database() {
    }

    public static List<String> strings(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int count(String sql, Object... parameters) {
        return Integer.parseInt(strings(sql, parameters).get(0));
    }

    /** Changes one row, for tests that act as the practice's administration would. */
    public static void update(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts many rows at once (test data at scale), one batch in one transaction. */
    public static void insertAll(String sql, List<Object[]> rows) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String idOf(String login) {
        return strings("select id from account where login = ?", login).get(0);
    }

    private static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("java:global/jdbc/haven");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
