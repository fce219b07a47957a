package org.monetization.benchmarks;

import java.math.BigDecimal;
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
import org.monetization.inmemory.InMemoryStore;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.rating.ColumnsResult;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageColumns;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread rating throughput (BAL-7), in events per second, through the public API on the in-memory
 * store: {@code rating().rateAll(batch)} of {@value #BATCH} data events of one postpaid line, each rated by a
 * tiered tariff with a rounding step, drawing free megabytes first and accumulating the rest as a charge;
 * every batch commits its balances and its rated events. {@link #rateColumns} rates the same events given
 * in columns ({@code rateColumns}, runs of {@value #RUN} of one stream), the high-volume path.
 * {@link #baseline} does the same arithmetic on {@code long}s in a hand-written loop, the ceiling the engine
 * is compared with.
 *
 * <p>Each iteration starts from a new SDK with 100,000 free MB: the first few thousand events draw free
 * units, the rest are charged. With the {@code IN_MEMORY} store the heap retains every rated event, and the
 * garbage collector's copying of that growing live set weighs on the figure; the {@code DISCARDING} store
 * keeps balances only, isolating rating and balance impact (a deployment hands events to a database).
 *
 * <p>The fork's heap is fixed and touched at start-up ({@code -XX:+AlwaysPreTouch}): at the allocation rate
 * of rating, the young generation grows into gigabytes of pages never written before, and without the flag
 * the kernel's first-touch page faults, not the SDK, set the pace of the first iterations and make runs
 * vary by a factor of three (docs/performance.md, "Page faults"). Both benchmarks run with it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RatingBenchmark {
  /** Events per batch, and per benchmark invocation. */
  public static final int BATCH = 1_000;

  /** Events per run of columns: a file's worth of one line's usage. */
  public static final int RUN = 10_000;

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  private static final String LINE = "+33600000001";
  private static final Map<String, String> FIELDS = Map.of("startTime", NOW.toString(), "zone", "EU");

  /** Which store: {@code IN_MEMORY} keeps every rated event, {@code DISCARDING} keeps balances only. */
  @Param({"IN_MEMORY", "DISCARDING"})
  public String store;

  private Monetization sdk;
  private long sequence;
  private final BigDecimal[] quantities = DataPlan.quantities(BATCH);
  private final long[] tenths = new long[RUN];
  private final long[] startTimes = new long[RUN];
  private long position;

  // the baseline's state: the same balances as scaled longs
  private long freeUnits;
  private long charges;
  private long used;

  @Setup(Level.Iteration)
  public void newSdk() {
    sdk = Monetization.builder()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .store(store.equals("IN_MEMORY") ? InMemoryStore.create() : new DiscardingStore())
        .build();
    sdk.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    sdk.configuration().defineResource(Resource.monetary(EUR, 4));
    sdk.configuration().defineResource(Resource.units("DATA_MB", "MB", 0));
    sdk.catalog().publish(DataPlan.catalog());
    BalanceGroupId group = sdk.onboarding().submit(OnboardingRequest.builder()
        .account(AccountInfo.builder().firstName("Bench").lastName("Mark").email("bench@example.com")
            .phone("+33 6 00 00 00 01").customerType("RESIDENTIAL")
            .address(Address.of("1 rue de la Paix", "Paris", "Ile-de-France", "FR", "75002")).build())
        .payment(PaymentInfo.invoice())
        .subscription(new SubscriptionSection(PaymentType.POSTPAID, EUR, BillingInterval.MONTHLY, 1, "DATA_PLAN",
            List.of(), LINE, List.of()))
        .build()).balanceGroup().id();
    sdk.balances().create(NewBalance.credit(group, "DATA_MB", new BigDecimal("100000"),
        BalanceValidity.currentCycle()));
    for (int i = 0; i < RUN; i++) {
      tenths[i] = 1 + i % 7 + (i % 50) * 10L; // as the baseline's, 0.1 to 49.7 MB
      startTimes[i] = NOW.toEpochMilli();
    }
    position = 0;
    freeUnits = -100_000L;
    charges = 0;
    used = 0;
  }

  /** Rates and applies one batch through the public API; fails loudly if an event is not rated. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<RatingResult> rateBatch() {
    List<UsageEvent> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(new UsageEvent("e" + sequence++, LINE, "DATA", NOW, quantities[i], FIELDS, null));
    }
    List<RatingResult> results = sdk.rating().rateAll(batch);
    if (results.get(BATCH - 1).status() != RatingStatus.RATED) {
      throw new IllegalStateException("not rated: " + results.get(BATCH - 1));
    }
    return results;
  }

  /**
   * Rates and applies one run of {@value #RUN} events given in columns, the high-volume path: the same
   * events as {@link #rateBatch} (quantities at scale 1), numbered in one stream. Fails loudly if an event
   * is not rated.
   */
  @Benchmark
  @OperationsPerInvocation(RUN)
  public ColumnsResult rateColumns() {
    ColumnsResult result = sdk.rating().rateColumns(UsageColumns.of(LINE, "DATA", "bench", position + 1, FIELDS, 1,
        startTimes, tenths));
    if (result.rated() != RUN) {
      throw new IllegalStateException("not rated: " + result);
    }
    position = result.position();
    return result;
  }

  /**
   * The same arithmetic by hand on {@code long}s: round up to whole MB, draw from the free balance, price
   * the rest by the two tiers (at scale 4), accumulate the charge and the cycle counter.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long baseline() {
    for (int i = 0; i < BATCH; i++) {
      long tenths = 1 + i % 7 + (i % 50) * 10L;              // the same quantities, at scale 1
      long units = (tenths + 9) / 10;                         // rounding step 1 MB
      long free = Math.min(units, -freeUnits);
      freeUnits = Math.addExact(freeUnits, free);
      long from = used + free;
      long to = used + units;
      long cost = Math.multiplyExact(Math.max(0, Math.min(to, 10_000) - from), 100)
          + Math.multiplyExact(Math.max(0, to - Math.max(from, 10_000)), 50);
      charges = Math.addExact(charges, cost);
      used = to;
    }
    return charges + freeUnits;
  }

}
