package org.monetization.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.monetization.jpa.JpaStore;

/**
 * The databases the JPA benchmarks run on, each giving a fresh, empty store per run that nothing else
 * uses: a private in-memory H2 database, or a schema of its own in PostgreSQL that is created before the
 * run and dropped after it. PostgreSQL's address comes from the system properties
 * {@code monetization.bench.postgresql.url} (default {@value #POSTGRESQL_URL}),
 * {@code monetization.bench.postgresql.user} (default {@code postgres}) and
 * {@code monetization.bench.postgresql.password} (default none).
 */
public enum BenchmarkDatabase {
  /** H2 in memory, in the benchmark's JVM. */
  H2,
  /** PostgreSQL over TCP, in a schema created for the run. */
  POSTGRESQL;

  /** The PostgreSQL database used when no URL is given. */
  public static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  /** A store over a fresh database, and what to drop when the run ends. */
  static final class Fresh implements AutoCloseable {
    private final JpaStore store;
    private final @Nullable String schema;

    private Fresh(JpaStore store, @Nullable String schema) {
      this.store = store;
      this.schema = schema;
    }

    JpaStore store() {
      return store;
    }

    /** Returns the run's PostgreSQL schema, or null on H2. */
    @Nullable String schema() {
      return schema;
    }

    /**
     * Refreshes the PostgreSQL statistics of the customer tables, as autovacuum does on a server where it
     * is on (its default; the shared server of these benchmarks has it off), and does nothing on H2.
     * Without statistics the planner takes the customer table for empty: the foreign key check of every
     * contact insert then reads the whole table, and onboarding slows down as the table grows.
     */
    void analyzeCustomers() throws SQLException {
      if (schema != null) {
        execute("ANALYZE " + schema + ".mon_customer");
        execute("ANALYZE " + schema + ".mon_customer_contact");
      }
    }

    /**
     * Runs {@link #analyzeCustomers} every few seconds until the returned handle is closed: the
     * statistics a growing table gets from autovacuum, for a population of many customers.
     */
    AutoCloseable analyzingCustomers() {
      ScheduledExecutorService analyzer =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "analyze");
                thread.setDaemon(true);
                return thread;
              });
      analyzer.scheduleWithFixedDelay(
          () -> {
            try {
              analyzeCustomers();
            } catch (SQLException e) {
              System.err.println("ANALYZE failed: " + e);
            }
          },
          2,
          5,
          TimeUnit.SECONDS);
      return analyzer::shutdownNow;
    }

    /** Closes the store and drops the run's schema. */
    @Override
    public void close() throws SQLException {
      store.close();
      if (schema != null) {
        execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** Opens a store over an empty database or schema with a unique name; the caller closes it. */
  Fresh open() throws SQLException {
    String name = "bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    if (this == H2) {
      return new Fresh(JpaStore.connect("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""), null);
    }
    execute("CREATE SCHEMA " + name);
    try {
      return new Fresh(JpaStore.connect(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + name, user(), password()), name);
    } catch (RuntimeException e) {
      execute("DROP SCHEMA " + name + " CASCADE");
      throw e;
    }
  }

  /** Runs maintenance SQL (schema creation, statistics) on PostgreSQL, outside the store. */
  static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(), user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String url() {
    return System.getProperty("monetization.bench.postgresql.url", POSTGRESQL_URL);
  }

  private static String user() {
    return System.getProperty("monetization.bench.postgresql.user", "postgres");
  }

  private static @Nullable String password() {
    return System.getProperty("monetization.bench.postgresql.password");
  }
}
