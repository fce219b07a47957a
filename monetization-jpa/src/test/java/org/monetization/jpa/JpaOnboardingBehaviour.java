package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.error.ValidationException;
import org.monetization.jpa.StatementLog.Event;
import org.monetization.onboarding.OnboardingOutcome;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.MutableClock;

/**
 * Batch onboarding through the SDK on the JPA store: a batch's customers and contacts go out in JDBC
 * batches in one transaction, and two batches racing for a service identifier leave every request either
 * created whole or rejected, with nothing half-written. Runs on each test database.
 */
abstract class JpaOnboardingBehaviour extends JpaStoreBehaviour {

  @Test
  void aBatchWritesItsCustomersAndContactsInJdbcBatches() {
    TestDatabase.Counted counted = openCounted();
    Monetization sdk = MobileOperator.sdk(counted.store(), MutableClock.at(MobileOperator.OPENING));
    List<OnboardingRequest> requests = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      requests.add(i == 7
          ? OnboardingRequest.builder().account(CustomerFixtures.account("Bad", "Email").email("nope").build())
              .payment(CustomerFixtures.directDebit()).build()
          : CustomerFixtures.onboarding("Client", "Number" + i));
    }
    counted.statements().reset();

    List<OnboardingOutcome> outcomes = sdk.onboarding().submitAll(requests);

    assertThat(outcomes.get(7).failure()).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.hasErrorOn("account.email")).isTrue());
    List<Customer> created = outcomes.stream().filter(OnboardingOutcome::isCreated)
        .map(outcome -> outcome.result().customer()).toList();
    assertThat(created).hasSize(119).extracting(Customer::id).isSortedAccordingTo(CustomerId::compareTo);
    created.forEach(customer -> assertThat(sdk.customers().get(customer.id())).isEqualTo(customer));
    StatementLog statements = counted.statements();
    assertThat(statements.count(Event.ADD_BATCH, "insert", "mon_customer")).isEqualTo(119);
    assertThat(statements.count(Event.EXECUTE_BATCH, "insert", "mon_customer")).isEqualTo(3);
    assertThat(statements.count(Event.EXECUTE_UPDATE, "insert", "mon_customer")).isZero();
    assertThat(statements.count(Event.ADD_BATCH, "insert", "mon_customer_contact")).isEqualTo(119);
    assertThat(statements.count(Event.EXECUTE_BATCH, "insert", "mon_customer_contact")).isEqualTo(3);
    assertThat(database().rows(counted.store(), "mon_customer")).isEqualTo(119);
  }

  @Test
  void aServiceIdentifierTakenEarlierInTheBatchIsRejectedAndTheRestCreated() {
    JpaStore store = open();
    MutableClock clock = MutableClock.at(MobileOperator.OPENING);
    Monetization sdk = MobileOperator.sdk(store, clock);
    sdk.catalog().publish(CatalogFixtures.mobileWithUpgrade());

    List<OnboardingOutcome> outcomes = sdk.onboarding().submitAll(List.of(
        MobileOperator.subscriber("First", "+33633333333", List.of()),
        MobileOperator.subscriber("Again", "+33633333333", List.of()),
        MobileOperator.subscriber("Other", "+33644444444", List.of())));

    assertThat(outcomes).extracting(OnboardingOutcome::isCreated).containsExactly(true, false, true);
    assertThat(outcomes.get(1).failure()).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.hasErrorOn("subscription.globalServiceIdentifier")).isTrue());
    assertThat(database().rows(store, "mon_customer")).isEqualTo(2);
    assertThat(database().rows(store, "mon_service")).isEqualTo(2);
    assertThat(store.services().find("+33633333333")).hasValueSatisfying(service ->
        assertThat(service.customerId()).isEqualTo(outcomes.get(0).result().customer().id()));
  }

  @Test
  void twoBatchesRacingForOneServiceIdentifierCreateEachRequestWholeOrNotAtAll() throws Exception {
    JpaStore store = open();
    MutableClock clock = MutableClock.at(MobileOperator.OPENING);
    MobileOperator.sdk(store, clock).catalog().publish(CatalogFixtures.mobileWithUpgrade());
    // Both batches check that the line is free and ask for its service's insert before either goes on: the
    // database's key decides, and the loser's batch fails as a whole, possibly only at commit.
    Monetization racing = MobileOperator.sdk(new RendezvousStore(store, 2), clock);
    String line = "+33699999999";

    List<List<OnboardingOutcome>> batches = race(
        () -> racing.onboarding().submitAll(List.of(
            MobileOperator.subscriber("Left", line, List.of()),
            MobileOperator.subscriber("LeftOwn", "+33611111111", List.of()))),
        () -> racing.onboarding().submitAll(List.of(
            MobileOperator.subscriber("Right", line, List.of()),
            MobileOperator.subscriber("RightOwn", "+33622222222", List.of()))));

    // Each batch's own line is created; exactly one batch got the shared line, the other was told why not.
    assertThat(batches).allSatisfy(outcomes -> assertThat(outcomes.get(1).isCreated()).isTrue());
    assertThat(batches).filteredOn(outcomes -> outcomes.get(0).isCreated()).hasSize(1);
    assertThat(batches).filteredOn(outcomes -> !outcomes.get(0).isCreated()).singleElement()
        .satisfies(outcomes -> assertThat(outcomes.get(0).failure())
            .isInstanceOfAny(ValidationException.class, ConflictException.class));
    assertThat(database().rows(store, "mon_customer")).isEqualTo(3);
    assertThat(database().rows(store, "mon_subscription")).isEqualTo(3);
    assertThat(database().rows(store, "mon_billing_profile")).isEqualTo(3);
    assertThat(database().rows(store, "mon_balance_group")).isEqualTo(3);
    assertThat(database().rows(store, "mon_service")).isEqualTo(3);
    assertThat(database().rows(store, "mon_service WHERE identifier = '" + line + "'")).isEqualTo(1);
    for (List<OnboardingOutcome> outcomes : batches) {
      for (OnboardingOutcome outcome : outcomes) {
        if (outcome.isCreated()) {
          assertThat(store.customers().find(outcome.result().customer().id()))
              .hasValueSatisfying(customer -> assertThat(customer.subscriptionCount()).isEqualTo(1));
        }
      }
    }
  }

  /** Runs the calls on threads of their own, started together; returns their results in call order. */
  @SafeVarargs
  private static <T> List<T> race(Supplier<T>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Supplier<T> call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.get();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
