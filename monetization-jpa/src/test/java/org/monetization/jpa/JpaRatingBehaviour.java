package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.RatingTestBed.APRIL;
import static org.monetization.testing.RatingTestBed.MARCH;
import static org.monetization.testing.RatingTestBed.NOW;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;
import org.monetization.balance.BalanceTotal;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.GroupBalances;
import org.monetization.balance.NewBalance;
import org.monetization.balance.UsageCounter;
import org.monetization.config.BillingInterval;
import org.monetization.config.CustomerType;
import org.monetization.config.PaymentType;
import org.monetization.config.Resource;
import org.monetization.error.ConflictException;
import org.monetization.jpa.StatementLog.Event;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.ColumnsResult;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageColumns;
import org.monetization.rating.UsageEvent;
import org.monetization.rating.UsageQuery;
import org.monetization.spi.Store;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.MutableClock;
import org.monetization.time.Validity;

/**
 * Rating through the SDK on the JPA store: rated events are inserted as multi-row inserts and a group's
 * balances cost one version update plus their changed rows; threads rating one balance group lose no
 * update; the event id's primary key decides between open transactions. Runs on each test database.
 */
abstract class JpaRatingBehaviour extends JpaStoreBehaviour {
  private static final String LINE = "+33655555555";


  /** An SDK on the store at 2026-03-10 09:00 UTC, as core's rating tests have it. */
  static Monetization sdk(Store store, int maxAttempts) {
    return Monetization.builder().store(store).clock(MutableClock.at(NOW)).maxAttempts(maxAttempts).build();
  }

  /** Defines what rating needs: a customer type, EUR (scale 4), DATA_MB (scale 0) and the mobile catalog. */
  static void configure(Monetization sdk) {
    sdk.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    sdk.configuration().defineResource(Resource.monetary(CatalogFixtures.EUR, 4));
    sdk.configuration().defineResource(Resource.units("DATA_MB", "MB", 0));
    sdk.catalog().publish(CatalogFixtures.mobile());
  }

  /** Onboards a postpaid customer on MOBILE_S, billed monthly from the 1st, with one line. */
  static BalanceGroupId onboard(Monetization sdk, String identifier) {
    OnboardingRequest request = OnboardingRequest.builder()
        .account(CustomerFixtures.account("Lucie", "Rated").build())
        .payment(CustomerFixtures.directDebit())
        .subscription(new SubscriptionSection(PaymentType.POSTPAID, CatalogFixtures.EUR, BillingInterval.MONTHLY, 1,
            "MOBILE_S", List.of(), identifier, List.of()))
        .build();
    OnboardingResult onboarded = sdk.onboarding().submit(request);
    return onboarded.balanceGroup().id();
  }

  static void credit(Monetization sdk, BalanceGroupId group, String megabytes) {
    sdk.balances().create(
        NewBalance.credit(group, "DATA_MB", new BigDecimal(megabytes), BalanceValidity.currentCycle()));
  }

  private static List<UsageEvent> megabytes(String prefix, int count) {
    List<UsageEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(data(prefix + i, LINE, "1"));
    }
    return events;
  }

  @Test
  void aBatchInsertsItsEventsAsMultiRowInsertsAndWritesOneVersionUpdatePlusTheChangedRows() {
    TestDatabase.Counted counted = openCounted();
    Monetization sdk = sdk(counted.store(), 5);
    configure(sdk);
    BalanceGroupId group = onboard(sdk, LINE);
    credit(sdk, group, "10000");
    sdk.rating().rateAll(megabytes("warm-", 10)); // creates the usage counter
    StatementLog statements = counted.statements();
    statements.reset();

    List<RatingResult> results = sdk.rating().rateAll(megabytes("cdr-", 120));

    assertThat(results).extracting(RatingResult::status).containsOnly(RatingStatus.RATED).hasSize(120);
    if (database() instanceof TestDatabase.PostgreSql) {
      // 120 events, each row carrying its event whole: one statement of one array per column.
      assertThat(statements.count(Event.ADD_BATCH, "insert", "mon_usage_event")).isZero();
      assertThat(statements.count(Event.EXECUTE_UPDATE, "insert", "mon_usage_event")).isEqualTo(1);
    } else {
      // One insert of 100 rows (sent as a JDBC batch) and one of the 20 left.
      assertThat(statements.count(Event.ROW, "insert", "mon_usage_event")).isEqualTo(120);
      assertThat(statements.count(Event.ADD_BATCH, "insert", "mon_usage_event")).isEqualTo(1);
      assertThat(statements.count(Event.EXECUTE_BATCH, "insert", "mon_usage_event")).isEqualTo(1);
      assertThat(statements.count(Event.EXECUTE_UPDATE, "insert", "mon_usage_event")).isEqualTo(1);
    }
    // The group's aggregate: one conditional version update, then only the free-units balance and the counter.
    assertThat(statements.count(Event.EXECUTE_UPDATE, "update", "mon_group_balances")).isEqualTo(1);
    assertThat(statements.count(Event.NO_ROW_CHANGED, "update", "mon_group_balances")).isZero();
    assertThat(rowWrites(statements, "update", "mon_balance")).isEqualTo(1);
    assertThat(rowWrites(statements, "insert", "mon_balance")).isZero();
    assertThat(rowWrites(statements, "delete", "mon_balance")).isZero();
    assertThat(rowWrites(statements, "update", "mon_usage_counter")).isEqualTo(1);
    assertThat(rowWrites(statements, "insert", "mon_usage_counter")).isZero();
    // And nothing else: the event statements, the version update, the balance and the counter.
    int eventStatements = database() instanceof TestDatabase.PostgreSql ? 1 : 2;
    assertThat(statements.count(Event.ADD_BATCH) + statements.count(Event.EXECUTE_UPDATE))
        .isEqualTo(eventStatements + 3);
    assertThat(sdk.balances().totals(group)).containsExactly(new BalanceTotal("DATA_MB", new BigDecimal("-9870")));
    assertThat(database().rows(counted.store(), "mon_usage_event")).isEqualTo(130);
  }

  private static long rowWrites(StatementLog statements, String verb, String table) {
    return statements.count(Event.ADD_BATCH, verb, table) + statements.count(Event.EXECUTE_UPDATE, verb, table);
  }

  @Test
  void ratedEventsReadBackAsRatingReturnedThem() {
    JpaStore store = open();
    Monetization sdk = sdk(store, 5);
    configure(sdk);
    BalanceGroupId group = onboard(sdk, LINE);
    credit(sdk, group, "100");

    RatedEvent rated = sdk.rating().rate(data("cdr-1", LINE, "150.5")).event();

    assertThat(rated.impacts()).extracting(BalanceImpact::resource).containsExactly("DATA_MB", "EUR");
    assertThat(store.usageEvents().find("cdr-1")).contains(rated);
    assertThat(sdk.rating().events(UsageQuery.of(LINE, Validity.between(MARCH, APRIL)))).containsExactly(rated);
    assertThat(sdk.balances().totals(group)).containsExactly(
        new BalanceTotal("DATA_MB", new BigDecimal("0")), new BalanceTotal("EUR", new BigDecimal("0.5100")));
  }

  /** A data run of the line in one stream: 1 MB per event, a second apart. */
  private static UsageColumns run(String stream, long firstSequence, int count) {
    UsageColumns.Builder run = UsageColumns.builder(LINE, "DATA", stream).firstSequence(firstSequence)
        .field("startTime", NOW.toString()).field("zone", "EU");
    for (int i = 0; i < count; i++) {
      run.add(NOW.plusSeconds(i), 1);
    }
    return run.build();
  }

  @Test
  void aRunOfColumnsIsStoredAsItsEventsAndItsStreamPositionWithTheBalances() {
    JpaStore store = open();
    Monetization sdk = sdk(store, 5);
    configure(sdk);
    BalanceGroupId group = onboard(sdk, LINE);
    credit(sdk, group, "2");

    ColumnsResult result = sdk.rating().rateColumns(run("pgw-1", 1, 3));

    assertThat(result.rated()).isEqualTo(3);
    List<RatedEvent> stored = sdk.rating().events(UsageQuery.of(LINE, Validity.between(MARCH, APRIL)));
    assertThat(stored).extracting(RatedEvent::id)
        .containsExactly(LINE + "/DATA/pgw-1#1", LINE + "/DATA/pgw-1#2", LINE + "/DATA/pgw-1#3");
    assertThat(store.usageEvents().find(LINE + "/DATA/pgw-1#3")).contains(stored.get(2));
    assertThat(stored.get(2).impacts()).extracting(BalanceImpact::resource).containsExactly("EUR");
    assertThat(store.balances().load(group).counters())
        .contains(new UsageCounter("stream/" + LINE + "/DATA/pgw-1", Instant.EPOCH, new BigDecimal("3")));
    assertThat(sdk.rating().rateColumns(run("pgw-1", 1, 4)).duplicates()).isEqualTo(3);
    assertThat(sdk.balances().totals(group)).containsExactly(
        new BalanceTotal("DATA_MB", new BigDecimal("0")), new BalanceTotal("EUR", new BigDecimal("0.0200")));
    assertThat(database().rows(store, "mon_usage_event")).isEqualTo(4);
  }

  /**
   * Two feeders sending the same stream, run after run, race on the group's version: each run is applied
   * once, by whichever commits first, and is a duplicate for the other; no sequence is lost or doubled.
   */
  @Test
  void twoThreadsSendingTheSameStreamApplyEachSequenceOnce() throws Exception {
    JpaStore store = open();
    Monetization sdk = sdk(store, 1_000);
    configure(sdk);
    BalanceGroupId group = onboard(sdk, LINE);
    int runs = 20;
    int size = 50;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    long rated = 0;
    long duplicates = 0;
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          long[] counts = new long[2];
          for (int r = 0; r < runs; r++) {
            ColumnsResult result = sdk.rating().rateColumns(run("feed", 1 + (long) r * size, size));
            assertThat(result.refusal()).isNull();
            counts[0] += result.rated();
            counts[1] += result.duplicates();
          }
          return counts;
        }));
      }
      start.countDown();
      for (Future<long[]> future : futures) {
        long[] counts = future.get(5, TimeUnit.MINUTES);
        rated += counts[0];
        duplicates += counts[1];
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(rated).isEqualTo(runs * size);
    assertThat(duplicates).isEqualTo(runs * size);
    assertThat(database().rows(store, "mon_usage_event")).isEqualTo(runs * size);
    assertThat(sdk.balances().totals(group)).containsExactly(new BalanceTotal("EUR", new BigDecimal("10.0000")));
  }

  /**
   * Keyset pages of events that started at the same instant follow {@link String#compareTo} on the id
   * ("B" before "a"), as the in-memory store does, whatever the database's collation would sort: the id
   * column is {@code mon_ordered_key}, with the "C" collation on PostgreSQL.
   */
  @Test
  void eventsOfOneInstantArePagedByIdInStringOrderOnEveryDatabase() {
    JpaStore store = open();
    RatedEvent template = template(store);
    Monetization sdk = sdk(store, 5);
    List<RatedEvent> events = List.of("b-1", "A-1", "a-1", "B-1").stream()
        .map(id -> new RatedEvent(id, template.serviceIdentifier(), template.serviceType(),
            template.sessionId(), template.subscriptionId(), template.groupId(), template.startTime(), template.createdAt(),
            template.quantity(), template.ratedQuantity(), template.fields(), template.impacts(),
            template.charge(), template.amount(), 0))
        .toList();
    store.transactions().inTransaction(() -> {
      store.usageEvents().insertAll(events);
      return null;
    });
    UsageQuery march = UsageQuery.of(LINE, Validity.between(MARCH, APRIL)).limit(2);

    List<RatedEvent> first = sdk.rating().events(march);
    List<RatedEvent> rest = sdk.rating().events(march.after(first.get(1)).limit(10));

    assertThat(first).extracting(RatedEvent::id).containsExactly("A-1", "B-1");
    assertThat(rest).extracting(RatedEvent::id).containsExactly("a-1", "b-1", "template");
  }

  @Test
  void theTransactionThatSavedAGroupsBalancesReadsThemBackBeforeItCommits() {
    JpaStore store = open();
    Monetization sdk = sdk(store, 5);
    configure(sdk);
    BalanceGroupId group = onboard(sdk, LINE);
    credit(sdk, group, "100");
    GroupBalances stored = store.balances().load(group);
    Balance free = stored.balances().get(0);

    GroupBalances[] seen = store.transactions().inTransaction(() -> {
      BalanceId added = store.balances().nextId();
      GroupBalances first = store.balances().save(stored.with(List.of(free.withAmount(new BigDecimal("-40")),
          new Balance(added, "EUR", new BigDecimal("1.2500"), Validity.from(NOW), NOW)),
          List.of(new UsageCounter(LINE + "/DATA", MARCH, new BigDecimal("60")))));
      GroupBalances afterFirst = store.balances().load(group);
      GroupBalances second = store.balances().save(afterFirst.with(List.of(afterFirst.balances().get(1)), List.of()));
      return new GroupBalances[] {first, afterFirst, second, store.balances().load(group)};
    });

    assertThat(seen[1]).isEqualTo(seen[0]);
    assertThat(seen[3]).isEqualTo(seen[2]);
    assertThat(seen[3].version()).isEqualTo(stored.version() + 2);
    assertThat(seen[3].balances()).extracting(Balance::resource).containsExactly("EUR");
    assertThat(store.balances().load(group)).isEqualTo(seen[2]);
  }

  /**
   * Four threads rate 2,000 events each on one balance group, every batch replaying ten ids of the
   * neighbour thread's batch. Each batch is one transaction that bumps the group's version; a thread that
   * loses the race gets {@code ConflictException(CONCURRENT_UPDATE)} from the store and core's
   * {@code CommandRunner} retries the batch. Totals must be exact: every event applied once.
   */
  @Test
  void fourThreadsRatingOneGroupLoseNoUpdateAndApplyNoEventTwice() throws Exception {
    TestDatabase.Counted counted = openCounted();
    Monetization sdk = sdk(counted.store(), 1_000);
    configure(sdk);
    BalanceGroupId group = onboard(sdk, LINE);
    credit(sdk, group, "5000");
    int threads = 4;
    int perThread = 2_000;
    int batch = 100;
    int replayed = 10;
    counted.statements().reset();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long duplicates = 0;
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          long seen = 0;
          for (int from = 0; from < perThread; from += batch) {
            List<UsageEvent> events = new ArrayList<>(batch + replayed);
            for (int i = from; i < from + batch; i++) {
              events.add(data(thread + "-" + i, LINE, "1"));
            }
            for (int i = from; i < from + replayed; i++) {
              events.add(data(((thread + 1) % threads) + "-" + i, LINE, "1"));
            }
            for (RatingResult result : sdk.rating().rateAll(events)) {
              assertThat(result.status()).isIn(RatingStatus.RATED, RatingStatus.DUPLICATE);
              if (result.status() == RatingStatus.DUPLICATE) {
                seen++;
              }
            }
          }
          return seen;
        }));
      }
      start.countDown();
      for (Future<Long> future : futures) {
        duplicates += future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    int batches = threads * (perThread / batch);
    long events = (long) threads * perThread;
    assertThat(duplicates).isEqualTo((long) batches * replayed);
    // 8,000 MB: 5,000 free, 3,000 paid at 0.01 EUR.
    assertThat(sdk.balances().totals(group)).containsExactly(
        new BalanceTotal("DATA_MB", new BigDecimal("0")), new BalanceTotal("EUR", new BigDecimal("30.0000")));
    GroupBalances balances = counted.store().balances().load(group);
    assertThat(balances.counters()).extracting(UsageCounter::quantity).containsExactly(new BigDecimal(events));
    assertThat(database().rows(counted.store(), "mon_usage_event")).isEqualTo(events);
    // Every committed batch bumped the version once (after the credit's save); the threads did race: some
    // attempts found the version moved on, and were retried by the CommandRunner.
    assertThat(balances.version()).isEqualTo(1 + batches);
    StatementLog statements = counted.statements();
    assertThat(statements.count(Event.NO_ROW_CHANGED, "update", "mon_group_balances")).isPositive();
    assertThat(statements.count(Event.EXECUTE_UPDATE, "update", "mon_group_balances")).isGreaterThan(batches);
  }

  @Test
  void anEventIdInsertedByAnOpenTransactionFailsTheSecondInsertAsAConcurrentUpdate() throws Exception {
    JpaStore store = open();
    Monetization sdk = sdk(store, 5);
    configure(sdk);
    onboard(sdk, LINE);
    RatedEvent first = sdk.rating().rate(data("template", LINE, "1")).event();
    RatedEvent mine = new RatedEvent("cdr-race", first.serviceIdentifier(), first.serviceType(),
        first.sessionId(), first.subscriptionId(), first.groupId(), first.startTime(), first.createdAt(),
        first.quantity(),
        first.ratedQuantity(), Map.of("zone", "EU"), first.impacts(), first.charge(), first.amount(), 0);
    RatedEvent theirs = new RatedEvent("cdr-race", first.serviceIdentifier(), first.serviceType(),
        first.sessionId(), first.subscriptionId(), first.groupId(), first.startTime().plusSeconds(1),
        first.createdAt(),
        first.quantity(), first.ratedQuantity(), Map.of("zone", "US"), first.impacts(), first.charge(),
        first.amount(), 0);
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<?> holder = other.submit(() -> store.transactions().inTransaction(() -> {
        store.usageEvents().insertAll(List.of(mine));
        inserted.countDown();
        await(release);
        return null;
      }));
      assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
      // The second insert waits for the open transaction (or fails at once); let it commit meanwhile.
      Thread releaser = new Thread(() -> {
        sleep(300);
        release.countDown();
      });
      releaser.start();

      assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
        store.usageEvents().insertAll(List.of(theirs));
        return null;
      })).isInstanceOfSatisfying(ConflictException.class,
          e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
      releaser.join();
    } finally {
      release.countDown();
      other.shutdownNow();
    }
    assertThat(store.usageEvents().find("cdr-race")).contains(mine);
    assertThat(database().rows(store, "mon_usage_event WHERE id = 'cdr-race'")).isEqualTo(1);
  }

  /**
   * A taken id among the rows of a multi-row insert fails the whole insert as a concurrent update, whether
   * it is in a statement sent in the JDBC batch (the first 100 events) or in the statement of the rest, and
   * none of the batch's events is stored.
   */
  @Test
  void aTakenIdInAMultiRowInsertFailsItAsAConcurrentUpdateAndStoresNothingOfTheBatch() {
    JpaStore store = open();
    Monetization sdk = sdk(store, 5);
    configure(sdk);
    onboard(sdk, LINE);
    RatedEvent template = sdk.rating().rate(data("taken", LINE, "1")).event();
    for (int takenAt : new int[] {42, 142}) {
      List<RatedEvent> events = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        String id = i == takenAt ? "taken" : "batch-" + takenAt + "-" + i;
        events.add(new RatedEvent(id, template.serviceIdentifier(), template.serviceType(), null,
            template.subscriptionId(), template.groupId(), template.startTime(), template.createdAt(),
            template.quantity(), template.ratedQuantity(), template.fields(), template.impacts(), template.charge(),
            template.amount(), 0));
      }

      assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
        store.usageEvents().insertAll(events);
        return null;
      })).as("taken at %d", takenAt).isInstanceOfSatisfying(ConflictException.class,
          e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
    }
    assertThat(database().rows(store, "mon_usage_event")).isEqualTo(1);
    assertThat(store.usageEvents().find("taken")).contains(template);
  }

  /**
   * Instants at the ends of what the columns hold, to the microsecond, and every text and decimal form an
   * event carries, read back exactly, whichever form inserts them: on PostgreSQL, a batch whose instants all
   * fall within the years 1900 to 9999 goes in the array statement; a batch holding an instant of another
   * year (year 1, the Julian calendar's, or past 9999, which the server would not read from the array's
   * text) in the {@code VALUES} form. MariaDB's DATETIME holds the years 1000 to 9999 only.
   */
  @Test
  void insertedEventsReadBackExactlyWhateverTheirInstantsAndValues() {
    JpaStore store = open();
    RatedEvent template = template(store);
    boolean mariaDb = database() instanceof TestDatabase.MariaDb;
    List<Instant> arrayYears = List.of(
        Instant.parse("1900-01-01T00:00:00Z"),
        Instant.parse("1969-12-31T23:59:59.999999Z"),
        Instant.parse("2026-03-10T09:00:00.000001Z"),
        Instant.parse("9999-12-31T23:59:59.999999Z"));
    List<Instant> otherYears = mariaDb
        ? List.of(Instant.parse("1000-01-01T00:00:00Z"), Instant.parse("1899-12-31T23:59:59.999999Z"))
        : List.of(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("+10000-01-01T00:00:00Z"));
    List<RatedEvent> inArrays = events(template, "a-", arrayYears);
    List<RatedEvent> inValues = events(template, "v-", otherYears);

    store.transactions().inTransaction(() -> {
      store.usageEvents().insertAll(inArrays);
      store.usageEvents().insertAll(inValues);
      return null;
    });

    for (RatedEvent event : inArrays) {
      assertThat(store.usageEvents().find(event.id())).contains(event);
    }
    for (RatedEvent event : inValues) {
      assertThat(store.usageEvents().find(event.id())).contains(event);
    }
  }

  /** Rates one event on a new line of the store, whose identifiers and amounts tests then reuse. */
  private static RatedEvent template(JpaStore store) {
    Monetization sdk = sdk(store, 5);
    configure(sdk);
    onboard(sdk, LINE);
    return sdk.rating().rate(data("template", LINE, "1")).event();
  }

  /** Events like the template at the given instants, with quoted texts, nulls and decimals of every scale. */
  private static List<RatedEvent> events(RatedEvent template, String prefix, List<Instant> starts) {
    List<RatedEvent> events = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      events.add(new RatedEvent(prefix + i, template.serviceIdentifier(), template.serviceType(),
          i % 2 == 0 ? null : "session \"" + i + "\", {quoted}", template.subscriptionId(), template.groupId(),
          starts.get(i), template.createdAt(),
          new BigDecimal("123456789012345678901234.1234567890").movePointLeft(i % 3),
          new BigDecimal("0.000000000001"), Map.of("zone", "EU", "note", "a \\ b, {c} \"d\" NULL"),
          template.impacts(), template.charge(), template.amount(), 0));
    }
    return events;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
