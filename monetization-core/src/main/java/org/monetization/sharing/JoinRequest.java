package org.monetization.sharing;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * The command by which a subscription joins a sharing group (BAL-8), typically picked from {@link
 * Sharing#search}. Immutable; checked by {@link Sharing#join}.
 *
 * @param groupId the group to join
 * @param memberSubscriptionId the joining subscription
 * @param validity when it draws on the shared balances; null for "from now on, without end"
 */
public record JoinRequest(SharingGroupId groupId, SubscriptionId memberSubscriptionId, @Nullable Validity validity) {

  /** Checks the group and subscription are named. */
  public JoinRequest {
    requireNonNull(groupId, "groupId");
    requireNonNull(memberSubscriptionId, "memberSubscriptionId");
  }

  /**
   * Returns the command to join from now on.
   *
   * @param groupId the group
   * @param memberSubscriptionId the joining subscription
   * @return the command
   */
  public static JoinRequest of(SharingGroupId groupId, SubscriptionId memberSubscriptionId) {
    return new JoinRequest(groupId, memberSubscriptionId, null);
  }
}
