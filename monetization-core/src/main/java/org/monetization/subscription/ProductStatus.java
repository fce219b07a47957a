package org.monetization.subscription;

/** The state of one product line of a subscription. */
public enum ProductStatus {
  /** Bought and in force. */
  ACTIVE,
  /** Cancelled on its own, or with its subscription, or replaced by a plan transition. */
  CANCELLED
}
