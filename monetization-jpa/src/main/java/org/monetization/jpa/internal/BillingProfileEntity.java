package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.monetization.billing.BillingCalendar;
import org.monetization.billing.BillingProfile;
import org.monetization.billing.BillingProfileId;
import org.monetization.config.BillingInterval;
import org.monetization.config.PaymentType;
import org.monetization.customer.CustomerId;
import org.monetization.time.Validity;

/**
 * The stored form of a {@link BillingProfile}: one row of {@code mon_billing_profile}, with the billing
 * calendar flattened into columns (interval, billing day, zone id) and the currency as its code.
 */
@Entity
@Table(name = "mon_billing_profile")
class BillingProfileEntity {
  @Id
  @Column(name = "id")
  long id;

  @Column(name = "customer_id", nullable = false)
  long customerId;

  @Column(name = "name", nullable = false)
  String name = "";

  @Column(name = "payment_type", nullable = false, length = 16)
  String paymentType = "";

  @Column(name = "currency", nullable = false, length = 16)
  String currency = "";

  @Column(name = "billing_interval", nullable = false, length = 16)
  String billingInterval = "";

  @Column(name = "billing_day", nullable = false)
  int billingDay;

  @Column(name = "zone_id", nullable = false, length = 64)
  String zoneId = "";

  @Column(name = "anchor_at", nullable = false)
  Instant anchorAt = Instant.EPOCH;

  @Column(name = "valid_from", nullable = false)
  Instant validFrom = Instant.EPOCH;

  @Column(name = "valid_to")
  @Nullable Instant validTo;

  static BillingProfileEntity of(BillingProfile profile) {
    BillingProfileEntity entity = new BillingProfileEntity();
    entity.id = profile.id().value();
    entity.customerId = profile.customerId().value();
    entity.name = profile.name();
    entity.paymentType = profile.paymentType().name();
    entity.currency = profile.currency().getCurrencyCode();
    entity.billingInterval = profile.calendar().interval().name();
    entity.billingDay = profile.calendar().billingDay();
    entity.zoneId = profile.calendar().zone().getId();
    entity.anchorAt = StoredValues.instant(profile.anchor());
    entity.validFrom = StoredValues.instant(profile.validity().from());
    entity.validTo = StoredValues.nullableInstant(profile.validity().to());
    return entity;
  }

  BillingProfile toBillingProfile() {
    return new BillingProfile(
        new BillingProfileId(id),
        CustomerId.of(customerId),
        name,
        PaymentType.valueOf(paymentType),
        StoredValues.currency(currency),
        new BillingCalendar(BillingInterval.valueOf(billingInterval), billingDay, ZoneId.of(zoneId)),
        anchorAt,
        new Validity(validFrom, validTo));
  }

  @Override
  public String toString() {
    return "BillingProfileEntity[id=" + id + "]";
  }
}
