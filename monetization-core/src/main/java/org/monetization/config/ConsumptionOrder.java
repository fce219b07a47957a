package org.monetization.config;

/**
 * Which balance is drawn first when one balance group holds several available balances of a resource
 * (CFG-3). Ties are broken by the older balance (creation time, then id), so the order is total and the
 * same on every store.
 */
public enum ConsumptionOrder {
  /** The balance whose validity ends first; balances that never expire come last. The default. */
  EARLIEST_EXPIRY_FIRST,
  /** The most recently created balance. */
  NEWEST_FIRST,
  /** The least recently created balance. */
  OLDEST_FIRST,
  /** The balance with the most units available. */
  LARGEST_FIRST
}
