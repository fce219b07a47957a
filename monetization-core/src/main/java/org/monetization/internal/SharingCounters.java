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
    return prefix(groupId, member) + resource;
  }

  /**
   * Returns whether a counter key is one of a member's draws on a group, whatever the resource.
   *
   * @param key a counter key of the owner's balances
   * @param groupId the sharing group
   * @param member the member subscription
   * @return whether {@link #key} gave it for that group and member
   */
  public static boolean isOf(String key, SharingGroupId groupId, SubscriptionId member) {
    return key.startsWith(prefix(groupId, member));
  }

  /** The start of every key of a member's counters: ids end at a slash, so member 3 is not 34. */
  private static String prefix(SharingGroupId groupId, SubscriptionId member) {
    return "sharing/" + groupId.value() + "/" + member.value() + "/";
  }
}
