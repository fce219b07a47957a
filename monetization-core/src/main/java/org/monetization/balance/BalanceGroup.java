package org.monetization.balance;

import static java.util.Objects.requireNonNull;

import org.monetization.billing.BillingProfileId;
import org.monetization.customer.CustomerId;
import org.monetization.time.Validity;

/**
 * A group of balances billed through one billing profile (BAL-1). A subscription is bound to exactly one
 * balance group, and rating its services impacts only that group's balances. Immutable.
 *
 * @param id the group's id
 * @param customerId the owning customer
 * @param billingProfileId the profile its charges are billed through
 * @param name display name
 * @param validity when the group is in force
 */
public record BalanceGroup(
    BalanceGroupId id, CustomerId customerId, BillingProfileId billingProfileId, String name, Validity validity) {

  /** Checks every part is present. */
  public BalanceGroup {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(billingProfileId, "billingProfileId");
    requireNonNull(name, "name");
    requireNonNull(validity, "validity");
  }
}
