package org.monetization.onboarding;

import static java.util.Objects.requireNonNull;

import javax.money.CurrencyUnit;
import org.monetization.billing.BillingCalendar;
import org.monetization.billing.BillingCycle;
import org.monetization.config.PaymentType;
import org.monetization.subscription.SubscriptionQuote;

/**
 * The subscription part of an onboarding summary: the billing profile and balance group that would be
 * created, the first billing cycle, and the priced subscription. Immutable.
 *
 * @param paymentType prepaid or postpaid
 * @param currency the billing profile's monetary resource
 * @param calendar interval, billing day and zone of its cycles
 * @param firstCycle the first billing cycle, from the start to the first billing day
 * @param quote the subscription's products with final prices, one-time charges and services
 */
public record SubscriptionSummary(
    PaymentType paymentType,
    CurrencyUnit currency,
    BillingCalendar calendar,
    BillingCycle firstCycle,
    SubscriptionQuote quote) {

  /** Checks every part is present. */
  public SubscriptionSummary {
    requireNonNull(paymentType, "paymentType");
    requireNonNull(currency, "currency");
    requireNonNull(calendar, "calendar");
    requireNonNull(firstCycle, "firstCycle");
    requireNonNull(quote, "quote");
  }
}
