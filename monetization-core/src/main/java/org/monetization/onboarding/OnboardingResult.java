package org.monetization.onboarding;

import static java.util.Objects.requireNonNull;

import org.monetization.customer.Customer;

/**
 * What a submitted onboarding created. Immutable.
 *
 * @param customer the new customer, with its id
 */
public record OnboardingResult(Customer customer) {

  /** Checks the customer is present. */
  public OnboardingResult {
    requireNonNull(customer, "customer");
  }
}
