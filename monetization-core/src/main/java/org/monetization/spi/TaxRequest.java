package org.monetization.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import javax.money.MonetaryAmount;
import org.monetization.billing.BillingProfileId;
import org.monetization.customer.CustomerId;

/**
 * What a {@link TaxProvider} is asked to tax. Immutable.
 *
 * @param customerId the customer taxed
 * @param billingProfileId the billing profile the amount is billed through
 * @param amount the taxable amount, signed (a credit is taxed negatively)
 * @param billItem what the bill shows for it
 * @param at when the taxable change happens
 */
public record TaxRequest(
    CustomerId customerId, BillingProfileId billingProfileId, MonetaryAmount amount, String billItem, Instant at) {

  /** Checks every part is present. */
  public TaxRequest {
    requireNonNull(customerId, "customerId");
    requireNonNull(billingProfileId, "billingProfileId");
    requireNonNull(amount, "amount");
    requireNonNull(billItem, "billItem");
    requireNonNull(at, "at");
  }
}
