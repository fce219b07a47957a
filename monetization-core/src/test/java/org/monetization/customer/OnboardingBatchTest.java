package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CustomerTestBed.fields;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.monetization.error.ConflictException;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;
import org.monetization.event.DomainEvent;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.onboarding.OnboardingOutcome;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.spi.CustomerRepository;
import org.monetization.spi.Store;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;
import org.monetization.testing.ForwardingCustomerRepository;
import org.monetization.testing.ForwardingStore;

/** CUS-5 onboarding of many customers in one command: each request validated and reported on its own. */
class OnboardingBatchTest {
  private final CustomerTestBed bed = CustomerTestBed.create();

  @Test
  void validRequestsAreCreatedAndBadOnesRejectedWithTheirFieldsNamed() {
    OnboardingRequest alice = CustomerFixtures.onboarding("Alice", "Martin");
    OnboardingRequest bad =
        OnboardingRequest.builder()
            .account(CustomerFixtures.account("Bruno", "Petit").email("bruno").build())
            .payment(PaymentInfo.creditCard(null, "tok"))
            .build();
    OnboardingRequest chloe = CustomerFixtures.onboarding("Chloé", "Durand");
    bed.events().clear();

    List<OnboardingOutcome> outcomes = bed.onboarding().submitAll(List.of(alice, bad, chloe));

    assertThat(outcomes).extracting(OnboardingOutcome::isCreated).containsExactly(true, false, true);
    assertThat(outcomes.get(1).failure())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("account.email", "payment.details.holderName"));
    Customer first = outcomes.get(0).result().customer();
    Customer third = outcomes.get(2).result().customer();
    assertThat(first.account()).isEqualTo(alice.account());
    assertThat(third.account()).isEqualTo(chloe.account());
    assertThat(third.id()).isGreaterThan(first.id());
    assertThat(bed.customers().get(first.id())).isEqualTo(first);
    assertThat(bed.customers().get(third.id())).isEqualTo(third);
    assertThat(bed.monetization().store().customers().count()).isEqualTo(2);
    assertThat(bed.events().events())
        .containsExactly(
            new CustomerEvent.Onboarded(first.id(), CustomerTestBed.START),
            new CustomerEvent.Onboarded(third.id(), CustomerTestBed.START));
  }

  @Test
  void aBatchOfOnlyBadRequestsChangesNothing() {
    bed.onboard("Existing", "Customer");
    CustomerState before = bed.snapshot();

    List<OnboardingOutcome> outcomes =
        bed.onboarding().submitAll(List.of(OnboardingRequest.builder().build(), OnboardingRequest.builder().build()));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder("account", "payment")));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void aBatchCreatesWhatSubmittingEachRequestCreates() {
    CustomerTestBed single = CustomerTestBed.create();
    List<OnboardingRequest> requests =
        List.of(
            CustomerFixtures.onboarding("Alice", "Martin"),
            OnboardingRequest.builder()
                .account(CustomerFixtures.account("Bruno", "Petit").build())
                .payment(CustomerFixtures.directDebit())
                .contact(CustomerFixtures.contact("billing"))
                .build());

    List<Customer> batched =
        bed.onboarding().submitAll(requests).stream().map(outcome -> outcome.result().customer()).toList();
    List<Customer> submitted = requests.stream().map(r -> single.onboarding().submit(r).customer()).toList();

    assertThat(batched).isEqualTo(submitted);
    assertThat(CustomerState.of(bed.monetization())).isEqualTo(CustomerState.of(single.monetization()));
  }

  @Test
  void anEmptyBatchCreatesNothing() {
    CustomerState before = bed.snapshot();

    assertThat(bed.onboarding().submitAll(List.of())).isEmpty();
    bed.assertNothingChangedSince(before);
  }

  @Test
  void aStorageFailureFailsTheWholeBatchAndLeavesNothingHalfWritten() {
    FailingInserts store = new FailingInserts(InMemoryStore.create(), 2, new MonetizationException("disk full"));
    CustomerTestBed failing = CustomerTestBed.create(builder -> builder.store(store));
    failing.onboard("Existing", "Customer");
    CustomerState before = failing.snapshot();

    assertThatThrownBy(
            () -> failing.onboarding().submitAll(List.of(
                CustomerFixtures.onboarding("Alice", "Martin"), CustomerFixtures.onboarding("Bruno", "Petit"))))
        .isInstanceOf(MonetizationException.class)
        .hasMessage("disk full");
    failing.assertNothingChangedSince(before);
  }

  @Test
  void aBatchLosingARaceOnAUniqueKeyIsSubmittedAgainOneRequestPerTransaction() {
    // The store reports a taken key on the batch's second insert, as a database does at commit for a key a
    // concurrent command took: the batch rolls back, then each request commits on its own.
    FailingInserts store = new FailingInserts(InMemoryStore.create(), 2,
        new ConflictException(ConflictException.Reason.DUPLICATE, "taken by a concurrent command"));
    CustomerTestBed racing = CustomerTestBed.create(builder -> builder.store(store));
    racing.events().clear();

    List<OnboardingOutcome> outcomes =
        racing.onboarding().submitAll(List.of(
            CustomerFixtures.onboarding("Alice", "Martin"),
            CustomerFixtures.onboarding("Bruno", "Petit"),
            CustomerFixtures.onboarding("Chloé", "Durand")));

    assertThat(outcomes).allMatch(OnboardingOutcome::isCreated);
    List<Customer> created = outcomes.stream().map(outcome -> outcome.result().customer()).toList();
    assertThat(created).extracting(customer -> customer.account().lastName())
        .containsExactly("Martin", "Petit", "Durand");
    assertThat(created).extracting(Customer::id).isSortedAccordingTo(CustomerId::compareTo);
    assertThat(racing.monetization().store().customers().count()).isEqualTo(3);
    assertThat(store.inserts.get()).isEqualTo(5); // two in the failed batch, then three alone
    // Only the committed onboardings are published, once each.
    assertThat(racing.events().events())
        .containsExactlyElementsOf(created.stream()
            .map(customer -> (DomainEvent) new CustomerEvent.Onboarded(customer.id(), CustomerTestBed.START))
            .toList());
  }

  /** A store whose n-th customer insert throws the given exception instead of inserting. */
  private static final class FailingInserts extends ForwardingStore {
    final AtomicInteger inserts;

    FailingInserts(Store delegate, int failing, RuntimeException failure) {
      this(delegate, new AtomicInteger(), failing, failure);
    }

    private FailingInserts(Store delegate, AtomicInteger inserts, int failing, RuntimeException failure) {
      super(delegate, new ForwardingCustomerRepository(delegate.customers()) {
        @Override
        public Customer insert(Customer customer) {
          if (inserts.incrementAndGet() == failing) {
            throw failure;
          }
          return super.insert(customer);
        }
      });
      this.inserts = inserts;
    }
  }
}
