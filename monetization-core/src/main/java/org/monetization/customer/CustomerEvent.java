package org.monetization.customer;

import java.time.Instant;
import org.monetization.event.DomainEvent;

/** A committed change to a customer account, published to the domain event listeners. */
public sealed interface CustomerEvent extends DomainEvent {

  /** Returns the customer the change applies to. */
  CustomerId customerId();

  /**
   * A customer was onboarded.
   *
   * @param customerId the new customer
   * @param occurredAt when
   */
  record Onboarded(CustomerId customerId, Instant occurredAt) implements CustomerEvent {}

  /**
   * The customer type or custom attributes changed.
   *
   * @param customerId the customer
   * @param occurredAt when
   */
  record AccountInfoEdited(CustomerId customerId, Instant occurredAt) implements CustomerEvent {}

  /**
   * The payment method, billing address or tax ids changed.
   *
   * @param customerId the customer
   * @param method the payment method after the change
   * @param occurredAt when
   */
  record PaymentInfoEdited(CustomerId customerId, PaymentMethod method, Instant occurredAt)
      implements CustomerEvent {}

  /**
   * A contact was added, edited or deleted.
   *
   * @param customerId the customer
   * @param label the contact's label (the new label for an edit that renamed it)
   * @param change what happened to it
   * @param occurredAt when
   */
  record ContactChanged(CustomerId customerId, String label, Change change, Instant occurredAt)
      implements CustomerEvent {}

  /**
   * The status changed (including closing).
   *
   * @param customerId the customer
   * @param from the status before
   * @param to the status after
   * @param occurredAt when
   */
  record StatusChanged(CustomerId customerId, CustomerStatus from, CustomerStatus to, Instant occurredAt)
      implements CustomerEvent {}

  /**
   * A closed account was deleted by the purge job.
   *
   * @param customerId the deleted customer
   * @param occurredAt when
   */
  record Purged(CustomerId customerId, Instant occurredAt) implements CustomerEvent {}

  /** What happened to a contact. */
  enum Change {
    /** It was added. */
    ADDED,
    /** It was edited. */
    EDITED,
    /** It was deleted. */
    DELETED
  }
}
