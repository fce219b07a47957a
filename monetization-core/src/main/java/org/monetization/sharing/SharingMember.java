package org.monetization.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * A subscription that draws on a sharing group's balances. Immutable.
 *
 * @param subscriptionId the member subscription; a subscription is a member of one group at most
 * @param customerId its subscriber
 * @param groupId the member's own balance group, which its usage impacts first or after the shared one
 * @param validity when the member draws on the shared balances
 * @param status whether it draws on them now
 * @param joinedAt when it joined
 */
public record SharingMember(
    SubscriptionId subscriptionId,
    CustomerId customerId,
    BalanceGroupId groupId,
    Validity validity,
    MemberStatus status,
    Instant joinedAt) {

  /** Checks every part is present. */
  public SharingMember {
    requireNonNull(subscriptionId, "subscriptionId");
    requireNonNull(customerId, "customerId");
    requireNonNull(groupId, "groupId");
    requireNonNull(validity, "validity");
    requireNonNull(status, "status");
    requireNonNull(joinedAt, "joinedAt");
  }

  /**
   * Returns whether the member draws on the shared balances at the instant, as far as its own membership
   * goes (the group must be sharing too).
   *
   * @param at the instant
   * @return true if active and within its validity
   */
  public boolean isDrawingAt(Instant at) {
    return status == MemberStatus.ACTIVE && validity.contains(at);
  }

  /**
   * Returns a copy with another status and validity.
   *
   * @param newStatus the status
   * @param newValidity the validity
   * @return the copy
   */
  public SharingMember with(MemberStatus newStatus, Validity newValidity) {
    return new SharingMember(subscriptionId, customerId, groupId, newValidity, newStatus, joinedAt);
  }
}
