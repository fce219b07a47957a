package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceId;
import org.monetization.time.Validity;

/**
 * One balance of a group: a row of {@code mon_balance}, keyed by the balance id (unique across groups). The
 * amount is held at the DECIMAL columns' scale with its own scale beside it, so it reads back equal.
 */
@Entity
@Table(name = "mon_balance")
class BalanceEntity {
  @Id
  @Column(name = "id")
  long id;

  @Column(name = "group_id", nullable = false)
  long groupId;

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

  @Column(name = "valid_from", nullable = false)
  Instant validFrom = Instant.EPOCH;

  @Column(name = "valid_to")
  @Nullable Instant validTo;

  @Column(name = "created_at", nullable = false)
  Instant createdAt = Instant.EPOCH;

  /** Returns a new entity holding the balance in the group. */
  static BalanceEntity of(long groupId, Balance balance) {
    BalanceEntity entity = new BalanceEntity();
    entity.id = balance.id().value();
    entity.groupId = groupId;
    entity.copy(balance);
    return entity;
  }

  /**
   * Overwrites the columns with the balance's state, except the id and the group. Values are converted as
   * stored, so an unchanged balance leaves the entity clean and costs no statement.
   */
  void copy(Balance balance) {
    BigDecimal number = StoredValues.decimal(balance.amount()); // fails before the entity changes
    resource = balance.resource();
    amount = number;
    amountScale = balance.amount().scale();
    validFrom = StoredValues.instant(balance.validity().from());
    validTo = StoredValues.nullableInstant(balance.validity().to());
    createdAt = StoredValues.instant(balance.createdAt());
  }

  Balance toBalance() {
    return toBalance(id, resource, amount, amountScale, validFrom, validTo, createdAt);
  }

  /** Returns the balance that a row's columns hold, for queries that read columns rather than entities. */
  static Balance toBalance(
      long id,
      String resource,
      BigDecimal amount,
      int amountScale,
      Instant validFrom,
      @Nullable Instant validTo,
      Instant createdAt) {
    return new Balance(
        new BalanceId(id),
        resource,
        StoredValues.decimal(amount, amountScale),
        new Validity(validFrom, validTo),
        createdAt);
  }

  @Override
  public String toString() {
    return "BalanceEntity[id=" + id + ", groupId=" + groupId + "]";
  }
}
