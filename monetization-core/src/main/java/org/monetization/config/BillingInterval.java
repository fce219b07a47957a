package org.monetization.config;

/**
 * The length of a billing cycle (CFG-9). With a billing day, it fixes the cycle dates; a billing day of
 * 29 to 31 falls on the last day of shorter months.
 */
public enum BillingInterval {
  /** One day. */
  DAILY,
  /** Seven days. */
  WEEKLY,
  /** One calendar month. */
  MONTHLY,
  /** Three calendar months. */
  QUARTERLY,
  /** Twelve calendar months. */
  YEARLY
}
