package org.monetization.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * A promotion code that applies a discount to a subscription (CFG-7). Redeemable within its validity, at
 * most {@code usageLimit} times in total (once, unless configured otherwise). A coupon never makes a fee
 * negative. Immutable.
 *
 * @param code the code customers type
 * @param discount the discount it applies to the subscription's fees
 * @param validity when it can be redeemed; null for always
 * @param usageLimit how many redemptions the code allows in total; at least 1
 */
public record Coupon(String code, Discount discount, @Nullable Validity validity, int usageLimit) {

  /**
   * Checks the usage limit.
   *
   * @throws IllegalArgumentException if the usage limit is below 1
   */
  public Coupon {
    requireNonNull(code, "code");
    requireNonNull(discount, "discount");
    checkArgument(usageLimit >= 1, "usage limit must be at least 1: %s", usageLimit);
  }

  /**
   * Returns a single-use coupon valid forever.
   *
   * @param code the code
   * @param discount the discount
   * @return the coupon
   */
  public static Coupon singleUse(String code, Discount discount) {
    return new Coupon(code, discount, null, 1);
  }
}
