package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceGroupId;
import org.monetization.billing.BillingProfileId;
import org.monetization.customer.CustomerId;
import org.monetization.time.Validity;

/** The stored form of a {@link BalanceGroup}: one row of {@code mon_balance_group}. */
@Entity
@Table(name = "mon_balance_group")
class BalanceGroupEntity {
  @Id
  @Column(name = "id")
  long id;

  @Column(name = "customer_id", nullable = false)
  long customerId;

  @Column(name = "billing_profile_id", nullable = false)
  long billingProfileId;

  @Column(name = "name", nullable = false)
  String name = "";

  @Column(name = "valid_from", nullable = false)
  Instant validFrom = Instant.EPOCH;

  @Column(name = "valid_to")
  @Nullable Instant validTo;

  static BalanceGroupEntity of(BalanceGroup group) {
    BalanceGroupEntity entity = new BalanceGroupEntity();
    entity.id = group.id().value();
    entity.customerId = group.customerId().value();
    entity.billingProfileId = group.billingProfileId().value();
    entity.name = group.name();
    entity.validFrom = StoredValues.instant(group.validity().from());
    entity.validTo = StoredValues.nullableInstant(group.validity().to());
    return entity;
  }

  BalanceGroup toBalanceGroup() {
    return new BalanceGroup(
        new BalanceGroupId(id),
        CustomerId.of(customerId),
        new BillingProfileId(billingProfileId),
        name,
        new Validity(validFrom, validTo));
  }

  @Override
  public String toString() {
    return "BalanceGroupEntity[id=" + id + "]";
  }
}
