package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One redemption of a coupon or voucher code: a row of {@code mon_promotion_redemption}, whose primary
 * key (code, number) lets only one transaction take each number of a code.
 */
@Entity
@Table(name = "mon_promotion_redemption")
class RedemptionEntity {
  @EmbeddedId
  RedemptionKey key = new RedemptionKey("", 0);

  @Column(name = "subscription_id", nullable = false)
  long subscriptionId;

  @Column(name = "redeemed_at", nullable = false)
  Instant redeemedAt = Instant.EPOCH;

  static RedemptionEntity of(String code, int number, long subscriptionId, Instant at) {
    RedemptionEntity entity = new RedemptionEntity();
    entity.key = new RedemptionKey(code, number);
    entity.subscriptionId = subscriptionId;
    entity.redeemedAt = StoredValues.instant(at);
    return entity;
  }

  @Override
  public String toString() {
    return "RedemptionEntity[" + key + "]";
  }
}
