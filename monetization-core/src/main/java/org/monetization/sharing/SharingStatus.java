package org.monetization.sharing;

/** The life of a sharing group. Members draw on the owner's balances only while the group is active. */
public enum SharingStatus {
  /** Members draw on the shared balances. */
  ACTIVE,
  /** Set by the owner; members rate on their own balances until the owner reactivates the group. */
  SUSPENDED,
  /** Cancelled by the owner: final, and every member has been released. */
  CANCELLED
}
