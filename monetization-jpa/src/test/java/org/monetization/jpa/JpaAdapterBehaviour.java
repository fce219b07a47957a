package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.balance.BalanceGroupId;
import org.monetization.config.CustomerType;
import org.monetization.customer.Address;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.PaymentInfo;
import org.monetization.error.ConflictException;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.paging.PageRequest;
import org.monetization.spi.Store;
import org.monetization.subscription.PendingCharge;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;
import org.monetization.subscription.SubscriptionStatus;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.MutableClock;

/**
 * What the JPA store must do beyond the storage contract: lose no update when threads race through the
 * SDK's facade, let the database's keys decide races for a service identifier, read back every aggregate
 * of a subscriber's life as the commands returned it, detect stale writes between real database
 * transactions, match filter text literally on every database, and translate storage failures. Runs on
 * each test database.
 */
abstract class JpaAdapterBehaviour {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  JpaStore store;

  abstract TestDatabase database();

  @BeforeEach
  final void openStore() {
    store = database().open();
  }

  @AfterEach
  final void closeStore() {
    database().close(store);
  }

  @Test
  void threadsRacingThroughTheFacadeLoseNoUpdate() throws Exception {
    Monetization monetization = monetization(store, Monetization.Builder.DEFAULT_MAX_ATTEMPTS);
    CustomerId id =
        monetization.onboarding().submit(CustomerFixtures.onboarding("Ada", "Lovelace")).customer().id();
    int threads = 4;
    int perThread = 3;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<String>>> added = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        added.add(pool.submit(() -> {
          start.await();
          List<String> labels = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            String label = "t" + thread + "-" + i;
            try {
              monetization.customers().addContact(id, CustomerFixtures.contact(label));
              labels.add(label);
            } catch (ConflictException e) {
              // Allowed only as a lost race that outlasted the retries; such a call changed nothing.
              assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE);
            }
          }
          return labels;
        }));
      }
      start.countDown();
      List<String> succeeded = new ArrayList<>(List.of("primary"));
      for (Future<List<String>> labels : added) {
        succeeded.addAll(labels.get(60, TimeUnit.SECONDS));
      }

      Customer result = store.customers().find(id).orElseThrow();
      assertThat(result.contacts()).extracting(Contact::label).containsExactlyInAnyOrderElementsOf(succeeded);
      assertThat(result.version()).isEqualTo(succeeded.size() - 1);
      assertThat(succeeded).hasSizeGreaterThan(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void whenTwoCommandsReadTheSameVersionTheLoserRetriesAndBothChangesSurvive() throws Exception {
    CustomerId id = monetization(store, 5).onboarding()
        .submit(CustomerFixtures.onboarding("Ada", "Lovelace")).customer().id();
    Monetization racing = monetization(new RendezvousStore(store, 2), 5);

    List<Object> outcomes = race(
        () -> racing.customers().addContact(id, CustomerFixtures.contact("left")),
        () -> racing.customers().addContact(id, CustomerFixtures.contact("right")));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Customer.class));
    Customer result = store.customers().find(id).orElseThrow();
    assertThat(result.contacts()).extracting(Contact::label).containsExactlyInAnyOrder("primary", "left", "right");
    assertThat(result.version()).isEqualTo(2);
  }

  @Test
  void withoutRetriesTheLoserGetsAConflictAndTheWinnerKeepsItsChange() throws Exception {
    CustomerId id = monetization(store, 1).onboarding()
        .submit(CustomerFixtures.onboarding("Ada", "Lovelace")).customer().id();
    Monetization racing = monetization(new RendezvousStore(store, 2), 1);

    List<Object> outcomes = race(
        () -> racing.customers().addContact(id, CustomerFixtures.contact("left")),
        () -> racing.customers().addContact(id, CustomerFixtures.contact("right")));

    assertThat(outcomes).filteredOn(Customer.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ConflictException.class::isInstance).singleElement()
        .satisfies(e -> assertThat(((ConflictException) e).reason())
            .isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
    Customer winner = (Customer) outcomes.stream().filter(Customer.class::isInstance).findFirst().orElseThrow();
    assertThat(store.customers().find(id)).contains(winner);
    assertThat(winner.version()).isEqualTo(1);
  }

  @Test
  void anUpdateOfTheVersionAnotherOpenTransactionAlsoUpdatedIsAConflict() throws Exception {
    Customer stored = tx(() -> store.customers().insert(
        CustomerFixtures.plainCustomer(store.customers().nextId(), "Ada", "Lovelace", T0)));
    CountDownLatch firstUpdated = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Customer> first = pool.submit(() -> tx(() -> {
        Customer updated = store.customers().update(stored.withStatus(CustomerStatus.INACTIVE, T0));
        firstUpdated.countDown();
        await(commitFirst);
        return updated;
      }));
      assertThat(firstUpdated.await(10, TimeUnit.SECONDS)).isTrue();
      // The second transaction read the same version and writes while the first is still open: it waits
      // for the first's row lock (or times out on it), then must see that the version moved on.
      Future<Customer> second = pool.submit(() -> tx(() -> store.customers().update(
          stored.withAccount(stored.account().toBuilder().organisation("Analytical Engines").build()))));
      Thread.sleep(200);
      commitFirst.countDown();

      assertThat(first.get(20, TimeUnit.SECONDS).version()).isEqualTo(1);
      assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
      assertThat(store.customers().find(stored.id()))
          .contains(stored.withStatus(CustomerStatus.INACTIVE, T0).withVersion(1));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoOnboardingsRacingForOneServiceIdentifierLeaveExactlyOneCustomerWithThatService() throws Exception {
    MutableClock clock = MutableClock.at(MobileOperator.OPENING);
    MobileOperator.sdk(store, clock).catalog().publish(CatalogFixtures.mobileWithUpgrade());
    // Both commands check that the identifier is free and ask for the service's insert before either goes
    // on to commit: the database's primary key on the identifier has to decide.
    Monetization racing = MobileOperator.sdk(new RendezvousStore(store, 2), clock);
    String line = "+33699999999";

    List<Object> outcomes = race(
        () -> racing.onboarding().submit(MobileOperator.subscriber("Left", line, List.of("WELCOME5"))),
        () -> racing.onboarding().submit(MobileOperator.subscriber("Right", line, List.of("WELCOME5"))));

    OnboardingResult winner = (OnboardingResult) assertThat(outcomes)
        .filteredOn(OnboardingResult.class::isInstance).singleElement().actual();
    assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof OnboardingResult)).singleElement()
        .isInstanceOfAny(ValidationException.class, ConflictException.class);
    assertThat(database().rows(store, "mon_customer")).isEqualTo(1);
    assertThat(database().rows(store, "mon_service")).isEqualTo(1);
    assertThat(database().rows(store, "mon_service WHERE identifier = '" + line + "'")).isEqualTo(1);
    assertThat(database().rows(store, "mon_subscription")).isEqualTo(1);
    assertThat(database().rows(store, "mon_billing_profile")).isEqualTo(1);
    assertThat(database().rows(store, "mon_balance_group")).isEqualTo(1);
    assertThat(store.promotions().redemptions("WELCOME5")).isEqualTo(1);
    assertThat(store.customers().find(winner.customer().id())).contains(winner.customer());
    assertThat(store.subscriptions().find(winner.subscription().id())).contains(winner.subscription());
    assertThat(store.services().find(line)).hasValueSatisfying(service -> {
      assertThat(service.customerId()).isEqualTo(winner.customer().id());
      assertThat(service.subscriptionId()).isEqualTo(winner.subscription().id());
    });
  }

  @Test
  void aSubscribersLifeReadsBackAsEveryCommandReturnedItAndAsTheInMemoryStoreLivesIt() {
    MutableClock clock = MutableClock.at(MobileOperator.OPENING);
    SubscriberLife onJpa = SubscriberLife.live(MobileOperator.sdk(store, clock), clock);

    MutableClock sameTime = MutableClock.at(MobileOperator.OPENING);
    SubscriberLife inMemory = SubscriberLife.live(MobileOperator.sdk(InMemoryStore.create(), sameTime), sameTime);

    assertThat(onJpa).isEqualTo(inMemory);
    assertThat(onJpa.couponRedemptions()).isEqualTo(1);
    assertThat(onJpa.voucherRedemptions()).isEqualTo(1);
  }

  @Test
  void aRedemptionNumberTakenByAnotherOpenTransactionIsAConcurrentUpdateOnceThatOneCommits() throws Exception {
    SubscriptionId subscription = new SubscriptionId(1);
    CountDownLatch firstRedeemed = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Object> first = pool.submit(() -> tx(() -> {
        store.promotions().redeem("LAST-ONE", 1, subscription, T0);
        firstRedeemed.countDown();
        await(commitFirst);
        return null;
      }));
      assertThat(firstRedeemed.await(10, TimeUnit.SECONDS)).isTrue();
      // The second insert of the same (code, number) waits for the first transaction's row, and fails
      // once it commits: inside redeem, not at the second transaction's commit.
      Future<Object> second = pool.submit(() -> tx(() -> {
        store.promotions().redeem("LAST-ONE", 1, subscription, T0.plusSeconds(1));
        return null;
      }));
      Thread.sleep(200);
      commitFirst.countDown();

      first.get(20, TimeUnit.SECONDS);
      assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
      assertThat(store.promotions().redemptions("LAST-ONE")).isEqualTo(1);
    } finally {
      commitFirst.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void anAmountTheDecimalColumnsCannotHoldIsRefusedNotRounded() {
    Customer customer = insert("Tiny", "Amount");
    Subscription tiny = new Subscription(tx(() -> store.subscriptions().nextId()), customer.id(),
        new BalanceGroupId(1), "MOBILE_S", 1, SubscriptionStatus.ACTIVE, T0, null, List.of(), List.of(),
        List.of(new PendingCharge("Thirteen decimals", CatalogFixtures.eur("0.0000000000001"), T0)), 0);

    assertThatThrownBy(() -> tx(() -> store.subscriptions().insert(tiny)))
        .isExactlyInstanceOf(MonetizationException.class)
        .hasMessageStartingWith("storage failure");
    assertThat(store.subscriptions().find(tiny.id())).isEmpty();
  }

  @Test
  void filterTextMatchesWildcardEscapeAndBackslashCharactersLiterally() {
    Customer percent = insert("100% Bio", "Shop_Owner!");
    Customer backslash = insert("Back\\slash", "Smith");
    Customer plain = insert("Plain", "Shopxowner");

    assertThat(namesMatching("0% b")).containsExactly(percent.id());
    assertThat(namesMatching("p_o")).containsExactly(percent.id());
    assertThat(namesMatching("!")).containsExactly(percent.id());
    assertThat(namesMatching("k\\s")).containsExactly(backslash.id());
    assertThat(namesMatching("shopxowner")).containsExactly(plain.id());
    assertThat(namesMatching("%")).containsExactly(percent.id());
  }

  @Test
  void textFiltersAreCaseInsensitiveButNotAccentInsensitive() {
    Customer accented = insert("Amélie", "Poulain");
    insert("Amelie", "Poulin");

    assertThat(namesMatching("AMÉLIE")).containsExactly(accented.id());
  }

  @Test
  void anAddressWithoutAnyPartIsReadBackAsSuch() {
    Customer plain = CustomerFixtures.plainCustomer(tx(() -> store.customers().nextId()), "No", "Where", T0);
    Address empty = new Address(null, null, null, null, null);
    Customer odd = plain
        .withAccount(plain.account().toBuilder().address(null).build())
        .withContacts(List.of(Contact.builder().label("a").firstName("A").lastName("B").address(empty).build()))
        .withPayment(plain.payment().withBillingAddress(empty).withTaxIds(Set.of()));

    tx(() -> store.customers().insert(odd));

    assertThat(store.customers().find(odd.id())).contains(odd);
  }

  @Test
  void aValueTooLongForItsColumnFailsAsAStorageFailureThatDoesNotQuoteTheValue() {
    String tooLong = "Z".repeat(300);
    Customer plain = CustomerFixtures.plainCustomer(tx(() -> store.customers().nextId()), "Long", "Name", T0);
    Customer invalid = plain.withPayment(
        plain.payment().withTaxIds(Set.of(tooLong)));

    assertThatThrownBy(() -> tx(() -> store.customers().insert(invalid)))
        .isExactlyInstanceOf(MonetizationException.class)
        .hasMessageStartingWith("storage failure")
        .hasMessageNotContaining(tooLong);
    assertThat(store.customers().count()).isZero();
  }

  @Test
  void instantsAreStoredToTheMicrosecondAndWritesReturnThemAsStored() {
    Instant created = Instant.parse("2026-03-01T09:00:00.999999999Z");
    Instant closed = Instant.parse("2026-03-02T10:00:00.123456789Z");
    Customer precise = CustomerFixtures.plainCustomer(tx(() -> store.customers().nextId()), "Nano", "Second", created);

    Customer inserted = tx(() -> store.customers().insert(precise));
    Customer updated = tx(() -> store.customers().update(inserted.withStatus(CustomerStatus.CLOSED, closed)));

    assertThat(inserted.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00.999999Z"));
    assertThat(updated.closedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00.123456Z"));
    assertThat(store.customers().find(precise.id())).contains(updated);
  }

  @Test
  void writesOutsideATransactionAreRefused() {
    Customer plain = CustomerFixtures.plainCustomer(tx(() -> store.customers().nextId()), "No", "Tx", T0);

    assertThatThrownBy(() -> store.customers().insert(plain)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.configuration().insertCustomerType(CustomerType.of("X", "X")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.customers().count()).isZero();
  }

  @Test
  void aDuplicateIdInsertedInOneTransactionIsADuplicateConflict() {
    CustomerId id = tx(() -> store.customers().nextId());

    assertThatThrownBy(() -> tx(() -> {
      store.customers().insert(CustomerFixtures.plainCustomer(id, "One", "A", T0));
      return store.customers().insert(CustomerFixtures.plainCustomer(id, "Two", "B", T0));
    })).isInstanceOfSatisfying(
        ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(store.customers().find(id)).isEmpty();
  }

  @Test
  void failuresAboutTheDataNeitherLogNorCarryTheSecretsOfTheRow() {
    String token = "tok_live_secret_7781";
    CustomerId id = tx(() -> store.customers().nextId());
    tx(() -> store.customers().insert(CustomerFixtures.richCustomer(id, T0)));
    Customer sameIdByCard =
        CustomerFixtures.richCustomer(id, T0).withPayment(PaymentInfo.creditCard("Ada Lovelace", token));
    Customer tooLongToken = CustomerFixtures.richCustomer(tx(() -> store.customers().nextId()), T0)
        .withPayment(PaymentInfo.creditCard("Ada Lovelace", token + "-".repeat(300)));

    try (LogCapture logs = new LogCapture()) {
      Throwable duplicate = catchThrowable(() -> tx(() -> store.customers().insert(sameIdByCard)));
      Throwable tooLong = catchThrowable(() -> tx(() -> store.customers().insert(tooLongToken)));

      assertThat(duplicate).isInstanceOf(ConflictException.class);
      assertThat(tooLong).isExactlyInstanceOf(MonetizationException.class);
      for (String text : List.of(logs.text(), everyMessageOf(duplicate), everyMessageOf(tooLong))) {
        assertThat(text).doesNotContain(CustomerFixtures.IBAN).doesNotContain(token);
      }
    }
  }

  private static String everyMessageOf(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      text.append(cause).append('\n');
      for (Throwable suppressed : cause.getSuppressed()) {
        text.append(everyMessageOf(suppressed));
      }
    }
    return text.toString();
  }

  private Customer insert(String firstName, String lastName) {
    return tx(() -> store.customers().insert(
        CustomerFixtures.plainCustomer(store.customers().nextId(), firstName, lastName, T0)));
  }

  private List<CustomerId> namesMatching(String text) {
    CustomerFilter filter = CustomerFilter.builder().fullName(text).build();
    List<CustomerId> paged = store.customers().page(filter, PageRequest.first(100)).items().stream()
        .map(CustomerSummary::id).toList();
    assertThat(store.customers().chunk(filter, null, 100)).extracting(Customer::id).isEqualTo(paged);
    return paged;
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private static Monetization monetization(Store store, int maxAttempts) {
    Monetization monetization = Monetization.builder().store(store).maxAttempts(maxAttempts).build();
    if (monetization.configuration().customerType("RESIDENTIAL").isEmpty()) {
      monetization.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    }
    return monetization;
  }

  /** Runs the calls on threads of their own, started together; returns each result or exception. */
  private static List<Object> race(Supplier<?>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Supplier<?> call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return (Object) call.get();
          } catch (MonetizationException e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
