package org.monetization.subscription;

/** The lifecycle state of a subscription. */
public enum SubscriptionStatus {
  /** In force: its products are charged and its services rated. */
  ACTIVE,
  /** Cancelled: no longer charged; kept for history. */
  CANCELLED
}
