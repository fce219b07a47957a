package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.monetization.balance.UsageCounter;

/**
 * One usage counter of a group: a row of {@code mon_usage_counter} keyed by (group, counter key), its
 * quantity at the DECIMAL columns' scale with its own scale beside it.
 */
@Entity
@Table(name = "mon_usage_counter")
class UsageCounterEntity {
  @EmbeddedId
  UsageCounterKey key = new UsageCounterKey(0, "");

  @Column(name = "cycle_start", nullable = false)
  Instant cycleStart = Instant.EPOCH;

  @Column(
      name = "quantity",
      nullable = false,
      precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal quantity = BigDecimal.ZERO;

  @Column(name = "quantity_scale", nullable = false)
  int quantityScale;

  static UsageCounterEntity of(long groupId, UsageCounter counter) {
    UsageCounterEntity entity = new UsageCounterEntity();
    entity.key = new UsageCounterKey(groupId, counter.key());
    entity.copy(counter);
    return entity;
  }

  /** Overwrites the cycle and quantity; an unchanged counter leaves the entity clean. */
  void copy(UsageCounter counter) {
    BigDecimal number = StoredValues.decimal(counter.quantity()); // fails before the entity changes
    cycleStart = StoredValues.instant(counter.cycleStart());
    quantity = number;
    quantityScale = counter.quantity().scale();
  }

  UsageCounter toCounter() {
    return toCounter(key.key(), cycleStart, quantity, quantityScale);
  }

  /** Returns the counter that a row's columns hold, for queries that read columns rather than entities. */
  static UsageCounter toCounter(String key, Instant cycleStart, BigDecimal quantity, int quantityScale) {
    return new UsageCounter(key, cycleStart, StoredValues.decimal(quantity, quantityScale));
  }

  @Override
  public String toString() {
    return "UsageCounterEntity[groupId=" + key.groupId() + "]";
  }
}
