package org.monetization.customer;

/** The lifecycle state of a customer account (CUS-4, CUS-8). */
public enum CustomerStatus {
  /** The account accepts usage, subscriptions and changes. */
  ACTIVE,
  /** The account is suspended; it can be re-activated. */
  INACTIVE,
  /**
   * The account is closed for good: no usage, subscriptions or edits are accepted, and the purge job
   * deletes it once the retention period has passed.
   */
  CLOSED
}
