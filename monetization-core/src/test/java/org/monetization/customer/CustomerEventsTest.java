package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.error.ConflictException;
import org.monetization.error.ValidationException;
import org.monetization.event.DomainEvent;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;
import org.monetization.testing.RecordingListener;
import org.monetization.onboarding.OnboardingRequest;

/** Every customer command publishes its {@link CustomerEvent}s once committed, and only then. */
class CustomerEventsTest {
  private final AtomicReference<Monetization> instance = new AtomicReference<>();
  private final List<Optional<Customer>> seenByListener = new ArrayList<>();
  private final CustomerTestBed bed =
      CustomerTestBed.create(
          builder -> builder.eventListener(
              event -> seenByListener.add(instance.get().customers().find(((CustomerEvent) event).customerId()))));
  private final Customers customers = bed.customers();

  {
    instance.set(bed.monetization());
  }

  @Test
  void eachCommandPublishesItsEventWithTheClockTime() {
    Customer alice = bed.onboarding().submit(CustomerFixtures.onboarding("Alice", "Martin")).customer();
    CustomerId id = alice.id();
    assertThat(bed.events().events()).containsExactly(new CustomerEvent.Onboarded(id, CustomerTestBed.START));

    assertEventOf(() -> customers.editAccountInfo(id, "BUSINESS", Map.of()), at -> new CustomerEvent.AccountInfoEdited(id, at));
    assertEventOf(
        () -> customers.editPaymentInfo(id, CustomerFixtures.directDebit()),
        at -> new CustomerEvent.PaymentInfoEdited(id, PaymentMethod.DIRECT_DEBIT, at));
    assertEventOf(
        () -> customers.addTaxId(id, "FR40303265045"),
        at -> new CustomerEvent.PaymentInfoEdited(id, PaymentMethod.DIRECT_DEBIT, at));
    assertEventOf(
        () -> customers.removeTaxId(id, "FR40303265045"),
        at -> new CustomerEvent.PaymentInfoEdited(id, PaymentMethod.DIRECT_DEBIT, at));
    assertEventOf(
        () -> customers.addContact(id, CustomerFixtures.contact("billing")),
        at -> new CustomerEvent.ContactChanged(id, "billing", CustomerEvent.Change.ADDED, at));
    assertEventOf(
        () -> customers.editContact(id, "billing", CustomerFixtures.contact("accounts")),
        at -> new CustomerEvent.ContactChanged(id, "accounts", CustomerEvent.Change.EDITED, at));
    assertEventOf(
        () -> customers.deleteContact(id, "accounts"),
        at -> new CustomerEvent.ContactChanged(id, "accounts", CustomerEvent.Change.DELETED, at));
    assertEventOf(
        () -> customers.changeStatus(id, CustomerStatus.INACTIVE),
        at -> new CustomerEvent.StatusChanged(id, CustomerStatus.ACTIVE, CustomerStatus.INACTIVE, at));
    assertEventOf(
        () -> customers.close(id),
        at -> new CustomerEvent.StatusChanged(id, CustomerStatus.INACTIVE, CustomerStatus.CLOSED, at));
    bed.clock().advance(Monetization.Builder.DEFAULT_CLOSED_ACCOUNT_RETENTION);
    assertEventOf(customers::purgeClosedAccounts, at -> new CustomerEvent.Purged(id, at));
  }

  @Test
  void listenersSeeTheCommittedState() {
    Customer alice = bed.onboarding().submit(CustomerFixtures.onboarding("Alice", "Martin")).customer();
    Customer closed = customers.close(alice.id());
    bed.clock().advance(Monetization.Builder.DEFAULT_CLOSED_ACCOUNT_RETENTION.plusDays(1));
    customers.purgeClosedAccounts();

    assertThat(seenByListener).containsExactly(Optional.of(alice), Optional.of(closed), Optional.empty());
  }

  @Test
  void aFailedCommandPublishesNothing() {
    Customer alice = bed.onboarding().submit(CustomerFixtures.onboarding("Alice", "Martin")).customer();
    CustomerState before = bed.snapshot();
    seenByListener.clear();

    assertThatThrownBy(() -> bed.onboarding().submit(OnboardingRequest.builder().build()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> customers.addContact(alice.id(), CustomerFixtures.contact("primary")))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> customers.deleteContact(alice.id(), "primary")).isInstanceOf(ConflictException.class);

    bed.assertNothingChangedSince(before);
    assertThat(seenByListener).isEmpty();
  }

  @Test
  void aCommandThatChangesNothingPublishesNothing() {
    Customer alice = bed.onboarding().submit(CustomerFixtures.onboarding("Alice", "Martin")).customer();
    customers.addTaxId(alice.id(), "FR40303265045");
    CustomerState before = bed.snapshot();

    customers.editAccountInfo(alice.id(), "RESIDENTIAL", Map.of());
    customers.editPaymentInfo(alice.id(), PaymentInfo.invoice().withTaxIds(java.util.Set.of("FR40303265045")));
    customers.addTaxId(alice.id(), "FR40303265045");
    customers.editContact(alice.id(), "primary", alice.contact("primary").orElseThrow());
    customers.changeStatus(alice.id(), CustomerStatus.ACTIVE);

    bed.assertNothingChangedSince(before);
  }

  @Test
  void aThrowingListenerNeitherUndoesTheCommandNorStopsOtherListeners() {
    RecordingListener later = new RecordingListener();
    CustomerTestBed throwing =
        CustomerTestBed.create(
            builder -> builder
                .eventListener(
                    event -> {
                      throw new IllegalStateException("listener is down");
                    })
                .eventListener(later));

    Customer alice = throwing.onboard("Alice", "Martin");

    assertThat(throwing.customers().get(alice.id())).isEqualTo(alice);
    assertThat(throwing.events().events()).containsExactly(new CustomerEvent.Onboarded(alice.id(), CustomerTestBed.START));
    assertThat(later.events()).containsExactly(new CustomerEvent.Onboarded(alice.id(), CustomerTestBed.START));
  }

  /** Runs the command and checks its one event, and that the listener already saw the committed state. */
  private void assertEventOf(Runnable command, java.util.function.Function<Instant, DomainEvent> expected) {
    bed.clock().advance(Duration.ofMinutes(7));
    bed.events().clear();
    seenByListener.clear();
    command.run();
    DomainEvent event = expected.apply(bed.clock().instant());
    assertThat(bed.events().events()).containsExactly(event);
    assertThat(seenByListener).containsExactly(customers.find(((CustomerEvent) event).customerId()));
  }
}
