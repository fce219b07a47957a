package org.monetization.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.monetization.spi.Store;

/**
 * A database the tests open JPA stores on, each over a new, empty schema that is dropped when the store is
 * closed through {@link #close(Store)}. Server connection settings come from system properties (set by the
 * Maven build, see the module's pom), with the defaults of a local test machine.
 */
abstract class TestDatabase {
  /** The system property listing the servers to test on, e.g. {@code postgresql,mariadb}. */
  static final String SERVERS_PROPERTY = "monetization.test.databases";

  /** The schema of an open store, the JDBC URL of connections that use it, and the pool the test made. */
  private record Opened(String schema, String url, @Nullable HikariDataSource pool) {}

  /** A store whose statements are counted, and the counts. */
  record Counted(JpaStore store, StatementLog statements) {}

  private final Map<Store, Opened> opened = new ConcurrentHashMap<>();

  /** A new schema: its name and the JDBC URL of connections that use it. */
  record Schema(String name, String url) {}

  /** Returns a store over a new, empty, migrated schema. */
  final JpaStore open() {
    return open(emptySchema());
  }

  /**
   * Creates a new, empty schema, which nothing drops until a store is opened on it with
   * {@link #open(Schema)} and closed.
   */
  final Schema emptySchema() {
    String schema = "mon_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return new Schema(schema, createSchema(schema));
  }

  /** Returns a store over the schema, migrated to the latest version; {@link #close(Store)} drops it. */
  final JpaStore open(Schema schema) {
    JpaStore store = JpaStore.connect(schema.url(), user(), password());
    opened.put(store, new Opened(schema.name(), schema.url(), null));
    return store;
  }

  /**
   * Returns a store over a new, empty, migrated schema whose prepared statements are counted: its
   * connections come from a pool of the test over a {@link StatementLog}. {@link #close(Store)} closes the
   * pool too.
   */
  final Counted openCounted() {
    String schema = "mon_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String url = createSchema(schema);
    StatementLog statements = new StatementLog(url, user(), password());
    HikariConfig config = new HikariConfig();
    config.setPoolName("counted");
    config.setDataSource(statements);
    config.setMaximumPoolSize(JpaStore.DEFAULT_POOL_SIZE);
    HikariDataSource pool = new HikariDataSource(config);
    JpaStore store = JpaStore.connect(pool);
    opened.put(store, new Opened(schema, url, pool));
    return new Counted(store, statements);
  }

  /** Closes a store that {@link #open()} returned and drops its schema. */
  final void close(Store store) {
    if (store == null) {
      return; // open() failed; the test reports why
    }
    ((JpaStore) store).close();
    Opened schema = opened.remove(store);
    if (schema != null) {
      if (schema.pool() != null) {
        schema.pool().close();
      }
      dropSchema(schema.schema());
    }
  }

  /**
   * Counts the rows of a table, or of those that match a condition, in the schema of a store that
   * {@link #open()} returned: what the database holds, whatever the repositories can find.
   *
   * @param store the store
   * @param tableAndCondition the table, optionally followed by a WHERE clause
   */
  final long rows(Store store, String tableAndCondition) {
    try (Connection connection = connect(store);
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
      count.next();
      return count.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("counting failed: " + tableAndCondition, e);
    }
  }

  /**
   * Runs statements on a connection to the schema of a store that {@link #open()} returned, and returns the
   * first column of every row of the last one, as text.
   *
   * @param store the store
   * @param statements statements, the last a query
   */
  final List<String> query(Store store, String... statements) {
    try (Connection connection = connect(store);
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < statements.length - 1; i++) {
        statement.execute(statements[i]);
      }
      List<String> lines = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(statements[statements.length - 1])) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + String.join("; ", statements), e);
    }
  }

  /** Opens a connection to the schema of a store that {@link #open()} returned; the caller closes it. */
  private Connection connect(Store store) throws SQLException {
    Opened schema = opened.get(store);
    if (schema == null) {
      throw new IllegalArgumentException("not a store of this test database: " + store);
    }
    return DriverManager.getConnection(schema.url(), user(), password());
  }

  /**
   * Returns every row of a table in the schema of a store that {@link #open()} returned, each as the text of
   * its columns ({@code name=value, ...}, as the driver reads them), sorted: what the database holds, to
   * compare a table before and after a command.
   *
   * @param store the store
   * @param table the table's name as the database's catalog spells it (quoted in the query)
   */
  final List<String> table(Store store, String table) {
    try (Connection connection = connect(store);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + quoted(connection, table))) {
      ResultSetMetaData columns = rows.getMetaData();
      List<String> lines = new ArrayList<>();
      while (rows.next()) {
        StringBuilder line = new StringBuilder();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          line.append(column == 1 ? "" : ", ").append(columns.getColumnLabel(column).toLowerCase(Locale.ROOT))
              .append('=').append(rows.getString(column));
        }
        lines.add(line.toString());
      }
      Collections.sort(lines);
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException("reading failed: " + table, e);
    }
  }

  private static String quoted(Connection connection, String name) throws SQLException {
    String quote = connection.getMetaData().getIdentifierQuoteString();
    return quote + name.replace(quote, quote + quote) + quote;
  }

  /** Creates an empty schema and returns the JDBC URL of connections that use it. */
  abstract String createSchema(String schema);

  abstract void dropSchema(String schema);

  abstract String user();

  abstract String password();

  /** An in-memory H2 database per schema: nothing to create, and dropped by shutting it down. */
  static final class H2Memory extends TestDatabase {
    @Override
    String createSchema(String schema) {
      // DB_CLOSE_DELAY keeps the database while the pool has no open connection; dropSchema ends it.
      return url(schema);
    }

    @Override
    void dropSchema(String schema) {
      execute(url(schema), user(), password(), "SHUTDOWN");
    }

    private static String url(String schema) {
      return "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
      return "sa";
    }

    @Override
    String password() {
      return "";
    }
  }

  /** A schema per store in the PostgreSQL test database, selected through {@code currentSchema}. */
  static final class PostgreSql extends TestDatabase {
    private final String url = property("postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");

    @Override
    String createSchema(String schema) {
      execute(url, user(), password(), "CREATE SCHEMA " + schema);
      return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    void dropSchema(String schema) {
      execute(url, user(), password(), "DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    String user() {
      return property("postgresql.user", "postgres");
    }

    @Override
    String password() {
      return property("postgresql.password", "");
    }
  }

  /** A database per store on the MariaDB server (a MariaDB schema is a database). */
  static final class MariaDb extends TestDatabase {
    private final String url = property("mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");

    @Override
    String createSchema(String schema) {
      execute(url, user(), password(), "CREATE DATABASE " + schema);
      int query = url.indexOf('?');
      String path = query < 0 ? url : url.substring(0, query);
      return path.substring(0, path.lastIndexOf('/') + 1) + schema + (query < 0 ? "" : url.substring(query));
    }

    @Override
    void dropSchema(String schema) {
      execute(url, user(), password(), "DROP DATABASE " + schema);
    }

    @Override
    String user() {
      return property("mariadb.user", "root");
    }

    @Override
    String password() {
      return property("mariadb.password", "");
    }
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty("monetization.test." + name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static void execute(String url, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database statement failed: " + sql, e);
    }
  }
}
