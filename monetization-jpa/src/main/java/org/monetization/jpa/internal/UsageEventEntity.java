package org.monetization.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.rating.RatedEvent;
import org.monetization.subscription.SubscriptionId;

/**
 * The stored form of a {@link RatedEvent}: one row of {@code mon_usage_event} keyed by the event id, whose
 * primary key makes ingestion idempotent, with the reported field values and the balance impacts (in order)
 * in child tables. Quantities are held at the DECIMAL columns' scale with their own scale beside them;
 * amounts as a number and a currency code. Like {@link CustomerEntity}, {@link #version} is bumped by a
 * conditional update of the repository, not by JPA's {@code @Version}.
 */
@Entity
@Table(name = "mon_usage_event")
class UsageEventEntity {
  /** Collections are fetched for this many events at once when a page of events is read. */
  static final int FETCH_BATCH = 128;

  @Id
  @Column(name = "id")
  String id = "";

  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "service_identifier", nullable = false)
  String serviceIdentifier = "";

  @Column(name = "service_type", nullable = false)
  String serviceType = "";

  @Column(name = "session_id")
  @Nullable String sessionId;

  @Column(name = "subscription_id", nullable = false)
  long subscriptionId;

  @Column(name = "group_id", nullable = false)
  long groupId;

  @Column(name = "start_time", nullable = false)
  Instant startTime = Instant.EPOCH;

  @Column(name = "created_at", nullable = false)
  Instant createdAt = Instant.EPOCH;

  @Column(
      name = "quantity",
      nullable = false,
      precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal quantity = BigDecimal.ZERO;

  @Column(name = "quantity_scale", nullable = false)
  int quantityScale;

  @Column(
      name = "rated_quantity",
      nullable = false,
      precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal ratedQuantity = BigDecimal.ZERO;

  @Column(name = "rated_quantity_scale", nullable = false)
  int ratedQuantityScale;

  @Column(
      name = "charge",
      nullable = false,
      precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal charge = BigDecimal.ZERO;

  @Column(name = "charge_currency", nullable = false, length = 16)
  String chargeCurrency = "";

  @Column(
      name = "amount",
      nullable = false,
      precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal amount = BigDecimal.ZERO;

  @Column(name = "amount_currency", nullable = false, length = 16)
  String amountCurrency = "";

  @ElementCollection
  @CollectionTable(name = "mon_usage_event_field", joinColumns = @JoinColumn(name = "event_id"))
  @MapKeyColumn(name = "field_name")
  @Column(name = "field_value", nullable = false, length = 4000)
  @BatchSize(size = FETCH_BATCH)
  Map<String, String> fields = new HashMap<>();

  @ElementCollection
  @CollectionTable(name = "mon_usage_event_impact", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = FETCH_BATCH)
  List<ImpactColumns> impacts = new ArrayList<>();

  /** Returns a new entity holding the event at the given version. */
  static UsageEventEntity of(RatedEvent event, long version) {
    UsageEventEntity entity = new UsageEventEntity();
    entity.id = event.id();
    entity.version = version;
    entity.copy(event);
    return entity;
  }

  /**
   * Overwrites every column and collection with the event's state, except the id and the version, which
   * the repository owns. A collection is rewritten only when it differs.
   */
  void copy(RatedEvent event) {
    // Converted first: a value the columns cannot hold fails before the entity changes.
    BigDecimal newQuantity = StoredValues.decimal(event.quantity());
    BigDecimal newRatedQuantity = StoredValues.decimal(event.ratedQuantity());
    BigDecimal newCharge = StoredValues.number(event.charge());
    BigDecimal newAmount = StoredValues.number(event.amount());
    List<ImpactColumns> newImpacts = event.impacts().stream().map(ImpactColumns::of).toList();
    serviceIdentifier = event.serviceIdentifier();
    serviceType = event.serviceType();
    sessionId = event.sessionId();
    subscriptionId = event.subscriptionId().value();
    groupId = event.groupId().value();
    startTime = StoredValues.instant(event.startTime());
    createdAt = StoredValues.instant(event.createdAt());
    quantity = newQuantity;
    quantityScale = event.quantity().scale();
    ratedQuantity = newRatedQuantity;
    ratedQuantityScale = event.ratedQuantity().scale();
    charge = newCharge;
    chargeCurrency = event.charge().getCurrency().getCurrencyCode();
    amount = newAmount;
    amountCurrency = event.amount().getCurrency().getCurrencyCode();
    if (!fields.equals(event.fields())) {
      fields.clear();
      fields.putAll(event.fields());
    }
    SubscriptionEntity.replace(impacts, newImpacts);
  }

  /** Returns the event the entity holds. */
  RatedEvent toRatedEvent() {
    return new RatedEvent(
        id,
        serviceIdentifier,
        serviceType,
        sessionId,
        new SubscriptionId(subscriptionId),
        new BalanceGroupId(groupId),
        startTime,
        createdAt,
        StoredValues.decimal(quantity, quantityScale),
        StoredValues.decimal(ratedQuantity, ratedQuantityScale),
        fields,
        impacts.stream().map(ImpactColumns::toImpact).toList(),
        StoredValues.amount(charge, chargeCurrency),
        StoredValues.amount(amount, amountCurrency),
        version);
  }

  @Override
  public String toString() {
    return "UsageEventEntity[id=" + id + ", version=" + version + "]";
  }
}
