package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.Adjustment;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;

/**
 * One entry of the adjustment ledger: a row of {@code mon_adjustment}, never changed once inserted. Amount
 * and tax are held at the DECIMAL columns' scale, each with its own scale beside it.
 */
@Entity
@Table(name = "mon_adjustment")
class AdjustmentEntity {
  @Id
  @Column(name = "id")
  long id;

  @Column(name = "group_id", nullable = false)
  long groupId;

  @Column(name = "balance_id", nullable = false)
  long balanceId;

  @Column(name = "resource", nullable = false, length = 40)
  String resource = "";

  @Column(
      name = "amount",
      nullable = false,
      precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal amount = BigDecimal.ZERO;

  @Column(name = "amount_scale", nullable = false)
  int amountScale;

  @Column(
      name = "tax",
      nullable = false,
      precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal tax = BigDecimal.ZERO;

  @Column(name = "tax_scale", nullable = false)
  int taxScale;

  @Column(name = "tax_provider")
  @Nullable String taxProvider;

  @Column(name = "ledger_account")
  @Nullable String ledger;

  @Column(name = "bill_item", nullable = false, length = 1000)
  String billItem = "";

  @Column(name = "event_id")
  @Nullable String eventId;

  @Column(name = "recorded_at", nullable = false)
  Instant recordedAt = Instant.EPOCH;

  static AdjustmentEntity of(Adjustment adjustment) {
    AdjustmentEntity entity = new AdjustmentEntity();
    entity.id = adjustment.id();
    entity.groupId = adjustment.groupId().value();
    entity.balanceId = adjustment.balanceId().value();
    entity.resource = adjustment.resource();
    entity.amount = StoredValues.decimal(adjustment.amount());
    entity.amountScale = adjustment.amount().scale();
    entity.tax = StoredValues.decimal(adjustment.tax());
    entity.taxScale = adjustment.tax().scale();
    entity.taxProvider = adjustment.taxProvider();
    entity.ledger = adjustment.ledger();
    entity.billItem = adjustment.billItem();
    entity.eventId = adjustment.eventId();
    entity.recordedAt = StoredValues.instant(adjustment.at());
    return entity;
  }

  Adjustment toAdjustment() {
    return new Adjustment(
        id,
        new BalanceGroupId(groupId),
        new BalanceId(balanceId),
        resource,
        StoredValues.decimal(amount, amountScale),
        StoredValues.decimal(tax, taxScale),
        taxProvider,
        ledger,
        billItem,
        eventId,
        recordedAt);
  }

  @Override
  public String toString() {
    return "AdjustmentEntity[id=" + id + "]";
  }
}
