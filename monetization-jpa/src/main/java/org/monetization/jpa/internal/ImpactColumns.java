package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.monetization.balance.BalanceId;
import org.monetization.rating.BalanceImpact;

/**
 * One row of {@code mon_usage_event_impact}: a {@link BalanceImpact}, its amount at the columns' scale and
 * its own scale beside it; its position in the event's list is the order column.
 */
@Embeddable
record ImpactColumns(
    @Column(name = "balance_id", nullable = false) long balanceId,
    @Column(name = "resource", nullable = false, length = 40) String resource,
    @Column(name = "amount", nullable = false, precision = StoredValues.DECIMAL_PRECISION,
        scale = StoredValues.DECIMAL_SCALE) BigDecimal amount,
    @Column(name = "amount_scale", nullable = false) int amountScale) {

  static ImpactColumns of(BalanceImpact impact) {
    return new ImpactColumns(
        impact.balanceId().value(),
        impact.resource(),
        StoredValues.decimal(impact.amount()),
        impact.amount().scale());
  }

  BalanceImpact toImpact() {
    return new BalanceImpact(new BalanceId(balanceId), resource, StoredValues.decimal(amount, amountScale));
  }
}
