package org.monetization.sharing;

/** Whether a member currently draws on the shared balances; set by the member. */
public enum MemberStatus {
  /** The member draws on the shared balances, within its validity. */
  ACTIVE,
  /** The member stays in the group but rates on its own balances only. */
  SUSPENDED
}
