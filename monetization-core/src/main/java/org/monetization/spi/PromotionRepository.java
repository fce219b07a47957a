package org.monetization.spi;

import java.time.Instant;
import org.monetization.subscription.SubscriptionId;

/**
 * Counts the redemptions of promotion codes (coupons and vouchers). Each redemption is stored with its
 * sequence number within its code, under a unique key, so two concurrent redemptions of the last use of
 * a code cannot both succeed.
 */
public interface PromotionRepository {

  /**
   * Returns how many times the code was redeemed.
   *
   * @param code the coupon or voucher code
   * @return the number of redemptions
   */
  int redemptions(String code);

  /**
   * Records the next redemption of a code.
   *
   * @param code the coupon or voucher code
   * @param sequence the redemption's number within the code: {@code redemptions(code) + 1}
   * @param subscriptionId the subscription it was redeemed on
   * @param at when
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if that sequence
   *     number is taken (another transaction redeemed the code meanwhile)
   */
  void redeem(String code, int sequence, SubscriptionId subscriptionId, Instant at);
}
