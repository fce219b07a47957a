package org.monetization.onboarding;

import java.util.List;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import org.monetization.config.BillingInterval;
import org.monetization.config.PaymentType;
import org.monetization.subscription.ProductChoice;

/**
 * The subscription section of onboarding (CUS-5): how the customer pays, the billing cycle, the plan with
 * per-product choices, and promotion codes. Immutable.
 *
 * @param paymentType prepaid or postpaid
 * @param currency the monetary resource of the billing profile
 * @param interval the billing interval
 * @param billingDay day of the cycle's start, 1 to 31 (29 to 31 fall on shorter months' last day)
 * @param planCode the plan to subscribe to
 * @param promotionCodes coupon and voucher codes to redeem
 * @param globalServiceIdentifier a service identifier applied to every service product without its own
 * @param products per-product choices; products without one keep the catalog's values
 */
public record SubscriptionSection(
    @Nullable PaymentType paymentType,
    @Nullable CurrencyUnit currency,
    @Nullable BillingInterval interval,
    int billingDay,
    @Nullable String planCode,
    List<String> promotionCodes,
    @Nullable String globalServiceIdentifier,
    List<ProductChoice> products) {

  /** Copies the lists. */
  public SubscriptionSection {
    promotionCodes = List.copyOf(promotionCodes);
    products = List.copyOf(products);
  }
}
