package org.monetization.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * A promotion code whose redemption buys a bundle (CFG-7), e.g. a prepaid top-up card or a free roaming
 * pack. Redeemable within its validity, at most {@code usageLimit} times in total (once, unless configured
 * otherwise). Immutable.
 *
 * @param code the code customers type
 * @param bundleCode the bundle each redemption buys
 * @param validity when it can be redeemed; null for always
 * @param usageLimit how many redemptions the code allows in total; at least 1
 */
public record Voucher(String code, String bundleCode, @Nullable Validity validity, int usageLimit) {

  /**
   * Checks the usage limit.
   *
   * @throws IllegalArgumentException if the usage limit is below 1
   */
  public Voucher {
    requireNonNull(code, "code");
    requireNonNull(bundleCode, "bundleCode");
    checkArgument(usageLimit >= 1, "usage limit must be at least 1: %s", usageLimit);
  }
}
