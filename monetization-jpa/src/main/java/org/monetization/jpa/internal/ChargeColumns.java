package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import org.monetization.subscription.PendingCharge;

/**
 * One row of {@code mon_subscription_charge}: a {@link PendingCharge}, its amount as a number at the
 * columns' scale and a currency code; its position in the subscription's list is the order column.
 */
@Embeddable
record ChargeColumns(
    @Column(name = "description", nullable = false, length = 1000) String description,
    @Column(name = "amount", nullable = false, precision = StoredValues.DECIMAL_PRECISION,
        scale = StoredValues.DECIMAL_SCALE) BigDecimal amount,
    @Column(name = "currency", nullable = false, length = 16) String currency,
    @Column(name = "charged_at", nullable = false) Instant chargedAt) {

  static ChargeColumns of(PendingCharge charge) {
    return new ChargeColumns(
        charge.description(),
        StoredValues.number(charge.amount()),
        charge.amount().getCurrency().getCurrencyCode(),
        StoredValues.instant(charge.at()));
  }

  PendingCharge toCharge() {
    return new PendingCharge(description, StoredValues.amount(amount, currency), chargedAt);
  }
}
