package org.monetization.benchmarks;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.monetization.Monetization;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.Customers;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The customer list's first page on the JPA store: {@code customers().list(filter, PageRequest.first(50))}
 * over {@value #CUSTOMERS} customers on H2 or PostgreSQL, with the filters of {@link CustomerListBenchmark}.
 * Each call runs the store's queries of one page (docs/jpa-store.md, "Queries") in a read-only
 * transaction; the page carries the exact total number of matches.
 *
 * <p>On PostgreSQL the set-up ends with {@code VACUUM ANALYZE} of the customer table: the statistics and
 * visibility map that autovacuum gives a table within a minute of a bulk load, done at once so that every run
 * measures the same state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JpaCustomerPageBenchmark {
  /** Size of the customer base. */
  public static final int CUSTOMERS = 100_000;
  /** Threads that onboard the customer base in the set-up. */
  static final int POPULATING_THREADS = 8;

  /** The database of this run. */
  @Param
  public BenchmarkDatabase database;

  /** The filter of this run. */
  @Param
  public CustomerListBenchmark.Criteria criteria;

  private Customers customers;
  private CustomerFilter filter;

  /**
   * Onboards the customer base through the public API, once per JVM and database: each fork populates its
   * own database, and a run with {@code -f 0} measures every filter on the one population of its JVM
   * (closed and dropped when that JVM exits), which saves a population per filter.
   */
  @Setup(Level.Trial)
  public void populate() throws SQLException {
    customers = Populated.of(database).monetization.customers();
    filter = criteria.filter();
    long total = customers.list(filter, PageRequest.first(1)).totalCount();
    System.out.printf("%n%s matches %,d of the %,d customers on %s.%n", criteria, total, CUSTOMERS, database);
  }

  /** Returns the first page of 50 matching customers, with the total number of matches. */
  @Benchmark
  public Page<CustomerSummary> filterAndFirstPage() {
    return customers.list(filter, PageRequest.first(50));
  }

  /** The customer base on one database, shared by the runs of one JVM. */
  private static final class Populated {
    private static final Map<BenchmarkDatabase, Populated> BASES = new EnumMap<>(BenchmarkDatabase.class);

    private final Monetization monetization;

    private Populated(Monetization monetization) {
      this.monetization = monetization;
    }

    static synchronized Populated of(BenchmarkDatabase database) throws SQLException {
      Populated base = BASES.get(database);
      if (base == null) {
        base = populate(database);
        BASES.put(database, base);
      }
      return base;
    }

    private static Populated populate(BenchmarkDatabase database) throws SQLException {
      long start = System.nanoTime();
      BenchmarkDatabase.Fresh fresh = database.open();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(fresh)));
      Monetization monetization =
          Monetization.builder()
              .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
              .store(fresh.store())
              .build();
      try (AutoCloseable analyzing = fresh.analyzingCustomers()) {
        CustomerPopulation.populate(monetization, CUSTOMERS, 42, POPULATING_THREADS);
      } catch (SQLException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      long onboarded = System.nanoTime();
      String schema = fresh.schema();
      if (schema != null) {
        BenchmarkDatabase.execute("VACUUM ANALYZE " + schema + ".mon_customer");
      }
      System.out.printf(
          "%nOnboarded %,d customers on %s from %d threads in %,d ms (then VACUUM ANALYZE %,d ms).%n",
          CUSTOMERS,
          database,
          POPULATING_THREADS,
          TimeUnit.NANOSECONDS.toMillis(onboarded - start),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - onboarded));
      return new Populated(monetization);
    }

    private static void closeQuietly(BenchmarkDatabase.Fresh fresh) {
      try {
        fresh.close();
      } catch (SQLException | RuntimeException e) {
        System.err.println("could not drop the benchmark database: " + e);
      }
    }
  }
}
