package org.monetization.subscription;

import java.time.Instant;
import org.monetization.event.DomainEvent;

/** A committed change to a subscription or its services, published to the domain event listeners. */
public sealed interface SubscriptionEvent extends DomainEvent {

  /** Returns the subscription the change applies to. */
  SubscriptionId subscriptionId();

  /**
   * A subscription was created.
   *
   * @param subscriptionId the subscription
   * @param planCode its plan
   * @param occurredAt when
   */
  record Subscribed(SubscriptionId subscriptionId, String planCode, Instant occurredAt) implements SubscriptionEvent {}

  /**
   * Product lines were added (a pack, or the bundle of a redeemed voucher).
   *
   * @param subscriptionId the subscription
   * @param bundleCode the bundle bought
   * @param occurredAt when
   */
  record BundleAdded(SubscriptionId subscriptionId, String bundleCode, Instant occurredAt) implements SubscriptionEvent {}

  /**
   * A product line was modified or cancelled.
   *
   * @param subscriptionId the subscription
   * @param line the line
   * @param occurredAt when
   */
  record ProductChanged(SubscriptionId subscriptionId, int line, Instant occurredAt) implements SubscriptionEvent {}

  /**
   * The plan changed.
   *
   * @param subscriptionId the subscription
   * @param fromPlan the old plan
   * @param toPlan the new plan
   * @param occurredAt when the change takes effect
   */
  record PlanChanged(SubscriptionId subscriptionId, String fromPlan, String toPlan, Instant occurredAt)
      implements SubscriptionEvent {}

  /**
   * A service was provisioned or edited.
   *
   * @param subscriptionId the subscription
   * @param identifier the service identifier
   * @param status its status after the change
   * @param occurredAt when
   */
  record ServiceChanged(SubscriptionId subscriptionId, String identifier, ServiceStatus status, Instant occurredAt)
      implements SubscriptionEvent {}

  /**
   * The subscription was cancelled.
   *
   * @param subscriptionId the subscription
   * @param occurredAt when
   */
  record Cancelled(SubscriptionId subscriptionId, Instant occurredAt) implements SubscriptionEvent {}
}
