package org.monetization.rating;

import static java.util.Objects.requireNonNull;

import javax.money.MonetaryAmount;

/**
 * The command that adjusts a rated event's amount (BAL-6): a signed change in the event's currency,
 * optionally taxed. Immutable; checked by {@link Rating#adjust(EventAdjustment)}.
 *
 * @param eventId the rated event
 * @param amount the signed change: positive charges more, negative refunds
 * @param billItem what the bill shows for it, not blank
 * @param withTax whether tax is computed by the configured tax provider and added
 */
public record EventAdjustment(String eventId, MonetaryAmount amount, String billItem, boolean withTax) {

  /** Checks every part is present; the values are checked by the command. */
  public EventAdjustment {
    requireNonNull(eventId, "eventId");
    requireNonNull(amount, "amount");
    requireNonNull(billItem, "billItem");
  }
}
