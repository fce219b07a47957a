package org.monetization.billing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import javax.money.CurrencyUnit;
import org.monetization.config.PaymentType;
import org.monetization.customer.CustomerId;
import org.monetization.time.Validity;

/**
 * How and when a customer is billed (BIL-1): payment type, monetary resource, billing calendar and
 * validity. The payment method is the customer's payment information. Created at onboarding. Immutable.
 *
 * @param id the profile's id
 * @param customerId the customer billed
 * @param name display name
 * @param paymentType prepaid or postpaid
 * @param currency the monetary resource of its bills
 * @param calendar interval, billing day and zone of its cycles
 * @param anchor the instant its first cycle started; quarterly and yearly cycles count from its month
 * @param validity when the profile is in force
 */
public record BillingProfile(
    BillingProfileId id,
    CustomerId customerId,
    String name,
    PaymentType paymentType,
    CurrencyUnit currency,
    BillingCalendar calendar,
    Instant anchor,
    Validity validity) {

  /** Checks every part is present. */
  public BillingProfile {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(name, "name");
    requireNonNull(paymentType, "paymentType");
    requireNonNull(currency, "currency");
    requireNonNull(calendar, "calendar");
    requireNonNull(anchor, "anchor");
    requireNonNull(validity, "validity");
  }

  /** Returns the first billing cycle, from the anchor to the first boundary. */
  public BillingCycle firstCycle() {
    return calendar.firstCycle(anchor);
  }

  /**
   * Returns the whole cycle containing the instant.
   *
   * @param instant any instant at or after the anchor
   * @return the cycle
   */
  public BillingCycle cycleOf(Instant instant) {
    return calendar.cycleOf(anchor, instant);
  }

  /**
   * Returns the cycle that bills what happens at the instant: the first cycle for anything before its end
   * (usage reported late, before the anchor, lands on the first bill), otherwise the whole cycle containing
   * it. Balances of "the current cycle" and postpaid usage charges carry this cycle as their validity.
   *
   * @param instant any instant
   * @return the billed cycle
   */
  public BillingCycle billedCycleOf(Instant instant) {
    BillingCycle first = firstCycle();
    return instant.isBefore(first.end()) ? first : cycleOf(instant);
  }
}
