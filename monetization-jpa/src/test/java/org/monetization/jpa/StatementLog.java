package org.monetization.jpa;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A data source of driver connections that counts what is sent through their prepared statements, per
 * verb and table: rows added to JDBC batches, batches executed, statements executed on their own and those
 * that changed no row. What the database was actually sent, whatever Hibernate's settings claim.
 * Thread-safe.
 */
final class StatementLog implements DataSource {
  /** What happened to statements of one verb on one table. */
  enum Event {
    /** A row was added to a JDBC batch. */
    ADD_BATCH,
    /** A JDBC batch was sent. */
    EXECUTE_BATCH,
    /** A statement was sent on its own ({@code executeUpdate} or {@code execute}). */
    EXECUTE_UPDATE,
    /** A statement sent on its own changed no row. */
    NO_ROW_CHANGED,
    /**
     * A row of an {@code INSERT}'s {@code VALUES} list, counted when its statement was added to a batch or
     * sent on its own: a multi-row insert counts each of its rows.
     */
    ROW
  }

  private static final Pattern TARGET =
      Pattern.compile("^\\s*(insert\\s+into|update|delete\\s+from)\\s+([a-z0-9_]+)");

  private final String url;
  private final String user;
  private final String password;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private volatile int loginTimeout;

  StatementLog(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /**
   * Returns how often the event happened to statements of the verb on the table.
   *
   * @param event what happened
   * @param verb {@code insert}, {@code update} or {@code delete}
   * @param table the table, exactly
   */
  long count(Event event, String verb, String table) {
    LongAdder count = counts.get(key(event, verb, table));
    return count == null ? 0 : count.sum();
  }

  /**
   * Returns how often the event happened to statements of any verb on any table.
   *
   * @param event what happened
   */
  long count(Event event) {
    String prefix = event + " ";
    return counts.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(prefix))
        .mapToLong(entry -> entry.getValue().sum())
        .sum();
  }

  /** Forgets every count. */
  void reset() {
    counts.clear();
  }

  private static String key(Event event, String verb, String table) {
    return event + " " + verb + " " + table;
  }

  private void record(Event event, String sql) {
    String text = sql.toLowerCase(Locale.ROOT);
    Matcher matcher = TARGET.matcher(text);
    if (matcher.find()) {
      String verb = matcher.group(1).split("\\s+")[0];
      counts.computeIfAbsent(key(event, verb, matcher.group(2)), k -> new LongAdder()).increment();
      if (verb.equals("insert") && (event == Event.ADD_BATCH || event == Event.EXECUTE_UPDATE)) {
        counts.computeIfAbsent(key(Event.ROW, verb, matcher.group(2)), k -> new LongAdder()).add(rows(text));
      }
    }
  }

  /** Returns the rows of an insert's VALUES list: one per opening parenthesis after VALUES. */
  private static long rows(String insert) {
    int values = insert.indexOf(" values ");
    return values < 0 ? 0 : insert.substring(values).chars().filter(c -> c == '(').count();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection(DriverManager.getConnection(url, user, password));
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    return connection(DriverManager.getConnection(url, username, secret));
  }

  private Connection connection(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
        return statement(statement, (String) args[0]);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(
        StatementLog.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private PreparedStatement statement(PreparedStatement statement, String sql) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object result = invoke(statement, method, args);
      boolean single = args == null || args.length == 0;
      switch (method.getName()) {
        case "addBatch" -> {
          if (single) {
            record(Event.ADD_BATCH, sql);
          }
        }
        case "executeBatch", "executeLargeBatch" -> record(Event.EXECUTE_BATCH, sql);
        case "executeUpdate", "executeLargeUpdate" -> {
          if (single) {
            record(Event.EXECUTE_UPDATE, sql);
            if (((Number) result).longValue() == 0) {
              record(Event.NO_ROW_CHANGED, sql);
            }
          }
        }
        case "execute" -> {
          if (single) {
            record(Event.EXECUTE_UPDATE, sql);
          }
        }
        default -> {
          // not counted
        }
      }
      return result;
    };
    return (PreparedStatement) Proxy.newProxyInstance(
        StatementLog.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // driver connections log nothing here
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
