package org.monetization.rating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.subscription.SubscriptionId;

/**
 * A stored, rated usage event (BAL-6): the event as reported, what it was rated as and how it impacted
 * the balances. Immutable; storage bumps {@link #version()} when its amount is adjusted.
 *
 * @param id the event id, unique
 * @param serviceIdentifier the service used
 * @param serviceType the service type
 * @param sessionId the session it is a part of; null for a standalone event
 * @param subscriptionId the subscription whose product priced it
 * @param groupId the balance group it impacted
 * @param startTime when the usage started
 * @param createdAt when it was rated
 * @param quantity the quantity reported
 * @param ratedQuantity the quantity rated: rounded up to the tariff's step, or for a session part, the
 *     rounded session total after it less the rounded total before it
 * @param fields the field values reported
 * @param impacts the change of every balance it touched: free units first, then money
 * @param charge the money rated for it (covered by credit or accumulated), at the monetary resource's
 *     scale
 * @param amount the money it is worth now: the charge plus its adjustments
 * @param version optimistic-lock version
 */
public record RatedEvent(
    String id,
    String serviceIdentifier,
    String serviceType,
    @Nullable String sessionId,
    SubscriptionId subscriptionId,
    BalanceGroupId groupId,
    Instant startTime,
    Instant createdAt,
    BigDecimal quantity,
    BigDecimal ratedQuantity,
    Map<String, String> fields,
    List<BalanceImpact> impacts,
    MonetaryAmount charge,
    MonetaryAmount amount,
    long version) {

  /** Checks every part is present and copies the collections. */
  public RatedEvent {
    requireNonNull(id, "id");
    requireNonNull(serviceIdentifier, "serviceIdentifier");
    requireNonNull(serviceType, "serviceType");
    requireNonNull(subscriptionId, "subscriptionId");
    requireNonNull(groupId, "groupId");
    requireNonNull(startTime, "startTime");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(quantity, "quantity");
    requireNonNull(ratedQuantity, "ratedQuantity");
    fields = Map.copyOf(fields);
    impacts = List.copyOf(impacts);
    requireNonNull(charge, "charge");
    requireNonNull(amount, "amount");
  }

  /**
   * Returns a copy worth another amount.
   *
   * @param value the new amount
   * @return the copy
   */
  public RatedEvent withAmount(MonetaryAmount value) {
    return new RatedEvent(id, serviceIdentifier, serviceType, sessionId, subscriptionId, groupId, startTime,
        createdAt, quantity, ratedQuantity, fields, impacts, charge, value, version);
  }

  /**
   * Returns a copy with the given version; for storage adapters.
   *
   * @param value the stored version
   * @return the copy
   */
  public RatedEvent withVersion(long value) {
    return new RatedEvent(id, serviceIdentifier, serviceType, sessionId, subscriptionId, groupId, startTime,
        createdAt, quantity, ratedQuantity, fields, impacts, charge, amount, value);
  }
}
