package org.monetization.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;
import org.monetization.subscription.SubscriptionStatus;

/**
 * The stored form of a {@link Subscription}: one row of {@code mon_subscription} and its ordered child
 * rows (product lines, coupon codes, pending charges), each list kept in order by a {@code position}
 * column. Like {@link CustomerEntity}, {@link #version} is bumped by a conditional update of the
 * repository, not by JPA's {@code @Version}.
 */
@Entity
@Table(name = "mon_subscription")
class SubscriptionEntity {
  /** Collections are fetched for this many subscriptions at once when several are read. */
  static final int FETCH_BATCH = 32;

  @Id
  @Column(name = "id")
  long id;

  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "customer_id", nullable = false)
  long customerId;

  @Column(name = "balance_group_id", nullable = false)
  long balanceGroupId;

  @Column(name = "plan_code", nullable = false)
  String planCode = "";

  @Column(name = "catalog_version", nullable = false)
  int catalogVersion;

  @Column(name = "status", nullable = false, length = 16)
  String status = "";

  @Column(name = "started_at", nullable = false)
  Instant startedAt = Instant.EPOCH;

  @Column(name = "ended_at")
  @Nullable Instant endedAt;

  @ElementCollection
  @CollectionTable(name = "mon_subscription_product", joinColumns = @JoinColumn(name = "subscription_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = FETCH_BATCH)
  List<ProductLineColumns> products = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "mon_subscription_coupon", joinColumns = @JoinColumn(name = "subscription_id"))
  @OrderColumn(name = "position")
  @Column(name = "coupon_code", nullable = false)
  @BatchSize(size = FETCH_BATCH)
  List<String> couponCodes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "mon_subscription_charge", joinColumns = @JoinColumn(name = "subscription_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = FETCH_BATCH)
  List<ChargeColumns> pendingCharges = new ArrayList<>();

  /** Returns a new entity holding the subscription at the given version. */
  static SubscriptionEntity of(Subscription subscription, long version) {
    SubscriptionEntity entity = new SubscriptionEntity();
    entity.id = subscription.id().value();
    entity.version = version;
    entity.copy(subscription);
    return entity;
  }

  /**
   * Overwrites every column and collection with the subscription's state, except the id and the version,
   * which the repository owns. A list is rewritten only when it differs, so that an unchanged one costs
   * no statement.
   */
  void copy(Subscription subscription) {
    // Converted first: a value the columns cannot hold fails before the entity changes.
    List<ProductLineColumns> newProducts = subscription.products().stream().map(ProductLineColumns::of).toList();
    List<ChargeColumns> newCharges = subscription.pendingCharges().stream().map(ChargeColumns::of).toList();
    customerId = subscription.customerId().value();
    balanceGroupId = subscription.balanceGroupId().value();
    planCode = subscription.planCode();
    catalogVersion = subscription.catalogVersion();
    status = subscription.status().name();
    startedAt = StoredValues.instant(subscription.startedAt());
    endedAt = StoredValues.nullableInstant(subscription.endedAt());
    replace(products, newProducts);
    replace(couponCodes, subscription.couponCodes());
    replace(pendingCharges, newCharges);
  }

  /** Replaces the list's content in place (Hibernate then updates rows by position) if it differs. */
  static <T> void replace(List<T> stored, List<T> wanted) {
    if (!stored.equals(wanted)) {
      stored.clear();
      stored.addAll(wanted);
    }
  }

  /** Returns the subscription the entity holds. */
  Subscription toSubscription() {
    return new Subscription(
        new SubscriptionId(id),
        CustomerId.of(customerId),
        new BalanceGroupId(balanceGroupId),
        planCode,
        catalogVersion,
        SubscriptionStatus.valueOf(status),
        startedAt,
        endedAt,
        products.stream().map(ProductLineColumns::toProduct).toList(),
        couponCodes,
        pendingCharges.stream().map(ChargeColumns::toCharge).toList(),
        version);
  }

  @Override
  public String toString() {
    return "SubscriptionEntity[id=" + id + ", version=" + version + "]";
  }
}
