package org.monetization.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer account: the aggregate that {@link Customers} commands change as a whole. Immutable; each
 * change returns a new value, and storage bumps {@link #version()} on every update (optimistic locking).
 *
 * @param id the unique, auto-incremented number
 * @param account account information
 * @param payment payment information
 * @param contacts at least one contact, labels unique, in the order they were added
 * @param status lifecycle state
 * @param createdAt when the account was onboarded
 * @param closedAt when the account was closed; null unless {@link CustomerStatus#CLOSED}
 * @param subscriptionCount how many subscriptions the customer holds (maintained by the subscription area)
 * @param serviceCount how many services its subscriptions hold (maintained by the subscription area)
 * @param version optimistic-lock version; storage increments it on every update
 */
public record Customer(
    CustomerId id,
    AccountInfo account,
    PaymentInfo payment,
    List<Contact> contacts,
    CustomerStatus status,
    Instant createdAt,
    @Nullable Instant closedAt,
    int subscriptionCount,
    int serviceCount,
    long version) {

  /**
   * Copies the contacts and checks the aggregate's invariants.
   *
   * @throws IllegalArgumentException if there is no contact, labels repeat, counts are negative, or the
   *     closing time does not match the status
   */
  public Customer {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(payment, "payment");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    contacts = List.copyOf(contacts);
    checkArgument(!contacts.isEmpty(), "a customer has at least one contact");
    checkArgument(
        contacts.stream().map(Contact::label).distinct().count() == contacts.size(),
        "contact labels must be unique");
    checkArgument((status == CustomerStatus.CLOSED) == (closedAt != null), "closedAt is set exactly when CLOSED");
    checkArgument(subscriptionCount >= 0 && serviceCount >= 0, "counts must not be negative");
  }

  /** Returns the full name, first name then last name. */
  public String fullName() {
    return account.fullName();
  }

  /**
   * Returns the contact with the given label.
   *
   * @param label the contact's label
   * @return the contact, if the customer has one with that label
   */
  public Optional<Contact> contact(String label) {
    return contacts.stream().filter(c -> label.equals(c.label())).findFirst();
  }

  /**
   * Returns a copy with other account information.
   *
   * @param value the new account information
   * @return the changed customer
   */
  public Customer withAccount(AccountInfo value) {
    return new Customer(
        id, value, payment, contacts, status, createdAt, closedAt, subscriptionCount, serviceCount, version);
  }

  /**
   * Returns a copy with other payment information.
   *
   * @param value the new payment information
   * @return the changed customer
   */
  public Customer withPayment(PaymentInfo value) {
    return new Customer(
        id, account, value, contacts, status, createdAt, closedAt, subscriptionCount, serviceCount, version);
  }

  /**
   * Returns a copy with other contacts.
   *
   * @param value the new contacts
   * @return the changed customer
   */
  public Customer withContacts(List<Contact> value) {
    return new Customer(
        id, account, payment, value, status, createdAt, closedAt, subscriptionCount, serviceCount, version);
  }

  /**
   * Returns a copy with another status; closing records the time, and only closing does.
   *
   * @param value the new status
   * @param at when the change happens
   * @return the changed customer
   */
  public Customer withStatus(CustomerStatus value, Instant at) {
    Instant closed = value == CustomerStatus.CLOSED ? (closedAt != null ? closedAt : at) : null;
    return new Customer(
        id, account, payment, contacts, value, createdAt, closed, subscriptionCount, serviceCount, version);
  }

  /**
   * Returns a copy with other subscription and service counts; used by the subscription area.
   *
   * @param subscriptions the number of active subscriptions
   * @param services the number of active services
   * @return the changed customer
   */
  public Customer withCounts(int subscriptions, int services) {
    return new Customer(
        id, account, payment, contacts, status, createdAt, closedAt, subscriptions, services, version);
  }

  /**
   * Returns a copy with the given version; used by storage adapters only.
   *
   * @param value the stored version
   * @return the copy
   */
  public Customer withVersion(long value) {
    return new Customer(
        id, account, payment, contacts, status, createdAt, closedAt, subscriptionCount, serviceCount, value);
  }
}
