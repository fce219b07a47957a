package org.monetization.sharing;

/** Which balances a member consumes first for a shared resource. */
public enum SharingPriority {
  /** The member's own balances first, then the owner's shared ones. */
  OWN_FIRST,
  /** The owner's shared balances first (within the member's cap), then the member's own. */
  SHARED_FIRST
}
