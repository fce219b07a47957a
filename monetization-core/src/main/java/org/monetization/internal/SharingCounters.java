package org.monetization.internal;

import org.monetization.sharing.SharingGroupId;
import org.monetization.subscription.SubscriptionId;

/**
 * Names the usage counters that hold what each sharing member drew from the owner's balances in a billing
 * cycle. They live with the owner's balances ({@link org.monetization.balance.GroupBalances#counters()}),
 * so a draw and its count commit together under the owner group's optimistic lock, and a cap can never be
 * passed by two members rating at once.
 */
public final class SharingCounters {
  private SharingCounters() {}

  /**
   * Returns the counter key of a member's draws on one resource of a group.
   *
   * @param groupId the sharing group
   * @param member the member subscription
   * @param resource the shared resource's code
   * @return the key, {@code "sharing/<group>/<member>/<resource>"}
   */
  public static String key(SharingGroupId groupId, SubscriptionId member, String resource) {
    return "sharing/" + groupId.value() + "/" + member.value() + "/" + resource;
  }
}
