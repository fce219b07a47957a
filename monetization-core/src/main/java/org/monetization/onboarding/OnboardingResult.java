package org.monetization.onboarding;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroup;
import org.monetization.billing.BillingProfile;
import org.monetization.customer.Customer;
import org.monetization.subscription.Subscription;

/**
 * What a submitted onboarding created. Immutable.
 *
 * @param customer the new customer, with its id
 * @param billingProfile the billing profile, when the request had a subscription section
 * @param balanceGroup the balance group, when the request had a subscription section
 * @param subscription the subscription, when the request had a subscription section
 */
public record OnboardingResult(
    Customer customer,
    @Nullable BillingProfile billingProfile,
    @Nullable BalanceGroup balanceGroup,
    @Nullable Subscription subscription) {

  /** Checks the customer is present. */
  public OnboardingResult {
    requireNonNull(customer, "customer");
  }
}
