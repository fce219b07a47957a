package org.monetization.benchmarks;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.monetization.Monetization;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.config.BillingInterval;
import org.monetization.config.CustomerType;
import org.monetization.config.PaymentType;
import org.monetization.config.Resource;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.PaymentInfo;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageEvent;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable rating throughput on the JPA store, single thread, in events per second: the batch of
 * {@link RatingBenchmark} ({@value #BATCH} data events, tiered tariff with a rounding step, free
 * megabytes first, then a postpaid charge) through {@code rating().rateAll(batch)}, where every batch
 * commits its balances and its rated events to the database before the call returns.
 *
 * <p>{@link #lines} postpaid lines, each the line of a customer of its own and so of a balance group of its
 * own with 100,000 free MB, share every batch in turn: with 1 line the batch loads and saves one group,
 * with 8 lines eight groups in the same transaction. The store is fresh for each trial
 * ({@link BenchmarkDatabase}) and keeps every rated event: the tables grow by every measured batch.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class JpaRatingBenchmark {
  /** Events per batch, and per benchmark invocation. */
  public static final int BATCH = RatingBenchmark.BATCH;

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  private static final Map<String, String> FIELDS = Map.of("startTime", NOW.toString(), "zone", "EU");

  /** The database of this run. */
  @Param
  public BenchmarkDatabase database;

  /** Postpaid lines, one balance group each, whose events alternate in every batch. */
  @Param({"1", "8"})
  public int lines;

  private BenchmarkDatabase.Fresh fresh;
  private Monetization sdk;
  private String[] lineNumbers;
  private long sequence;
  private long stored;
  private final BigDecimal[] quantities = DataPlan.quantities(BATCH);

  /** Opens a fresh store, publishes the catalog and onboards the lines, each with its free megabytes. */
  @Setup(Level.Trial)
  public void open() throws SQLException {
    fresh = database.open();
    sdk = Monetization.builder()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .store(fresh.store())
        .build();
    sdk.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    sdk.configuration().defineResource(Resource.monetary(EUR, 4));
    sdk.configuration().defineResource(Resource.units("DATA_MB", "MB", 0));
    sdk.catalog().publish(DataPlan.catalog());
    lineNumbers = new String[lines];
    for (int l = 0; l < lines; l++) {
      lineNumbers[l] = String.format("+336%08d", l + 1);
      BalanceGroupId group = sdk.onboarding().submit(OnboardingRequest.builder()
          .account(AccountInfo.builder().firstName("Bench").lastName("Mark" + l).email("bench" + l + "@example.com")
              .phone("+33 6 00 00 00 01").customerType("RESIDENTIAL")
              .address(Address.of("1 rue de la Paix", "Paris", "Ile-de-France", "FR", "75002")).build())
          .payment(PaymentInfo.invoice())
          .subscription(new SubscriptionSection(PaymentType.POSTPAID, EUR, BillingInterval.MONTHLY, 1,
              "DATA_PLAN", List.of(), lineNumbers[l], List.of()))
          .build()).balanceGroup().id();
      sdk.balances().create(NewBalance.credit(group, "DATA_MB", new BigDecimal("100000"),
          BalanceValidity.currentCycle()));
    }
  }

  /** Reports how many events the trial stored, closes the store and drops the run's schema. */
  @TearDown(Level.Trial)
  public void close() throws SQLException {
    System.out.printf("%nRated and stored %,d events on %s over %d line(s).%n", stored, database, lines);
    fresh.close();
  }

  /** Rates, applies and commits one batch through the public API; fails loudly if an event is not rated. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<RatingResult> rateBatch() {
    List<UsageEvent> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(new UsageEvent("e" + sequence++, lineNumbers[i % lines], "DATA", NOW, quantities[i], FIELDS,
          null));
    }
    List<RatingResult> results = sdk.rating().rateAll(batch);
    for (int i = BATCH - lines; i < BATCH; i++) {
      if (results.get(i).status() != RatingStatus.RATED) {
        throw new IllegalStateException("not rated: " + results.get(i));
      }
    }
    stored += BATCH;
    return results;
  }
}
