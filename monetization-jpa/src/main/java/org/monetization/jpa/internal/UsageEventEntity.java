package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.rating.RatedEvent;
import org.monetization.subscription.SubscriptionId;

/**
 * The stored form of a {@link RatedEvent}: one row of {@code mon_usage_event} keyed by the event id, whose
 * primary key makes ingestion idempotent, with the reported field values and the balance impacts (in order)
 * as two JSON documents of the row ({@link EventDocuments}). Quantities are held at the DECIMAL columns'
 * scale with their own scale beside them; amounts as a number and a currency code. The store inserts new
 * events with {@link MultiRowInsert}, not through the persistence context. Like {@link CustomerEntity},
 * {@link #version} is bumped by a conditional update of the repository, not by JPA's {@code @Version}.
 */
@Entity
@Table(name = "mon_usage_event")
class UsageEventEntity {
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

  // Texts of any length, bound as strings (not LOB locators): TEXT, LONGTEXT or CLOB by database.
  @Column(name = "field_values", nullable = false, length = Length.LONG32)
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String fieldValues = "{}";

  @Column(name = "impacts", nullable = false, length = Length.LONG32)
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String impacts = "[]";

  /** Returns a new entity holding the event at the given version. */
  static UsageEventEntity of(RatedEvent event, long version) {
    UsageEventEntity entity = new UsageEventEntity();
    entity.id = event.id();
    entity.version = version;
    entity.copy(event);
    return entity;
  }

  /**
   * Overwrites every column with the event's state, except the id and the version, which the repository
   * owns.
   */
  void copy(RatedEvent event) {
    // Converted first: a value the columns cannot hold fails before the entity changes.
    BigDecimal newQuantity = StoredValues.decimal(event.quantity());
    BigDecimal newRatedQuantity = StoredValues.decimal(event.ratedQuantity());
    BigDecimal newCharge = StoredValues.number(event.charge());
    BigDecimal newAmount = StoredValues.number(event.amount());
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
    fieldValues = EventDocuments.fields(event.fields());
    impacts = EventDocuments.impacts(event.impacts());
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
        EventDocuments.fields(fieldValues, id),
        EventDocuments.impacts(impacts, id),
        StoredValues.amount(charge, chargeCurrency),
        StoredValues.amount(amount, amountCurrency),
        version);
  }

  @Override
  public String toString() {
    return "UsageEventEntity[id=" + id + ", version=" + version + "]";
  }
}
