package org.monetization.subscription;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import javax.money.MonetaryAmount;

/**
 * A one-off amount a subscription change left for the next bill: a one-time fee, or the prorated
 * difference of a plan transition. Positive charges the customer; negative credits it. Immutable.
 *
 * @param description what the amount is for, as printed on the bill
 * @param amount the amount, in the billing currency
 * @param at when the change that caused it took effect
 */
public record PendingCharge(String description, MonetaryAmount amount, Instant at) {

  /** Checks every part is present. */
  public PendingCharge {
    requireNonNull(description, "description");
    requireNonNull(amount, "amount");
    requireNonNull(at, "at");
  }
}
