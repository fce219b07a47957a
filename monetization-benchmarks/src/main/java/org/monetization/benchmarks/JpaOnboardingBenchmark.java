package org.monetization.benchmarks;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.monetization.Monetization;
import org.monetization.customer.CustomerFilter;
import org.monetization.onboarding.OnboardingOutcome;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.paging.PageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Onboarding throughput on the JPA store, from {@value #THREADS} threads (JMH's {@code -t} changes the
 * count), on top of {@value #BASE} customers already onboarded; the score is in customers per second.
 *
 * <ul>
 *   <li>{@link #onboardBatch}: {@code onboarding().submitAll(requests)} of {@value #BATCH} new customers
 *       in one command and one transaction, as an import would, so that JDBC batching groups the rows.
 *   <li>{@link #onboard}: {@code onboarding().submit(request)} of one new customer in its own transaction,
 *       as a server's request threads would call it.
 * </ul>
 *
 * <p>Building the requests is part of the measured work of both. On PostgreSQL the customer tables'
 * statistics are refreshed during and after the set-up, as autovacuum would (see
 * {@link BenchmarkDatabase}); the measurement runs on a table analysed at {@value #BASE} customers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(JpaOnboardingBenchmark.THREADS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class JpaOnboardingBenchmark {
  /** Customers onboarded before the measurement starts. */
  public static final int BASE = 100_000;
  /** Threads that onboard, in the set-up and by default in the measurement. */
  public static final int THREADS = 8;
  /** Requests per {@link #onboardBatch} command. */
  public static final int BATCH = 100;

  private static final long SEED = 42;

  /** The database of this run. */
  @Param
  public BenchmarkDatabase database;

  private BenchmarkDatabase.Fresh fresh;
  private Monetization monetization;
  private final AtomicInteger next = new AtomicInteger(BASE);

  /** Opens a fresh store and onboards the base customers through the public API. */
  @Setup(Level.Trial)
  public void populate() throws SQLException {
    fresh = database.open();
    monetization =
        Monetization.builder()
            .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
            .store(fresh.store())
            .build();
    long start = System.nanoTime();
    try (AutoCloseable analyzing = fresh.analyzingCustomers()) {
      CustomerPopulation.populate(monetization, BASE, SEED, THREADS);
    } catch (SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    fresh.analyzeCustomers();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf(
        "%nOnboarded %,d customers on %s from %d threads in batches of %d in %,d ms (%,d customers/s).%n",
        BASE, database, THREADS, CustomerPopulation.BATCH, millis, BASE * 1000L / Math.max(1, millis));
  }

  /** Closes the store and drops the run's schema. */
  @TearDown(Level.Trial)
  public void close() throws SQLException {
    long total = monetization.customers().list(CustomerFilter.none(), PageRequest.first(1)).totalCount();
    System.out.printf("%nThe store holds %,d customers.%n", total);
    fresh.close();
  }

  /** Onboards {@value #BATCH} new customers in one command. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<OnboardingOutcome> onboardBatch() {
    int from = next.getAndAdd(BATCH);
    List<OnboardingOutcome> outcomes =
        monetization.onboarding().submitAll(CustomerPopulation.requests(SEED, from, from + BATCH));
    for (OnboardingOutcome outcome : outcomes) {
      if (!outcome.isCreated()) {
        throw new IllegalStateException("an onboarding was refused", outcome.failure());
      }
    }
    return outcomes;
  }

  /** Onboards one new customer in one command. */
  @Benchmark
  public OnboardingResult onboard() {
    return monetization.onboarding().submit(CustomerPopulation.request(SEED, next.getAndIncrement()));
  }
}
