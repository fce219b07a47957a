package org.monetization.customer;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One row of the customer list (CUS-1): the id to fetch details with, the full name, the numbers of
 * subscriptions and services, and the columns the list is commonly filtered by. Immutable.
 *
 * @param id the customer id
 * @param fullName first name then last name
 * @param email email address
 * @param status account status
 * @param customerType customer type code
 * @param subscriptions number of subscriptions
 * @param services number of services
 */
public record CustomerSummary(
    CustomerId id,
    String fullName,
    @Nullable String email,
    CustomerStatus status,
    @Nullable String customerType,
    int subscriptions,
    int services) {

  /** Checks the required parts. */
  public CustomerSummary {
    requireNonNull(id, "id");
    requireNonNull(fullName, "fullName");
    requireNonNull(status, "status");
  }

  /**
   * Returns the summary of a customer.
   *
   * @param customer the customer
   * @return its list row
   */
  public static CustomerSummary of(Customer customer) {
    return new CustomerSummary(
        customer.id(),
        customer.fullName(),
        customer.account().email(),
        customer.status(),
        customer.account().customerType(),
        customer.subscriptionCount(),
        customer.serviceCount());
  }
}
